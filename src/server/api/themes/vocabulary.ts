import { Router } from 'express';
import { z } from 'zod';
import type { LearningThemeResponse, VocabularyResponse } from '../../../contract/themes';
import { fromModel } from '../../../app/queries/from-model';
import type { Services } from '../../../app/services';
import { addThemeCommand, editThemeCommand } from '../../../app/themes/vocabulary-commands';
import { mayCurateThemes, mayReadThemes, READ_REFUSAL } from '../../../domain/access/theme-access';
import { THEME_KINDS } from '../../../domain/themes/confirmed-theme';
import { LABEL_MAX, PHRASE_MAX, PHRASES_MAX } from '../../../domain/themes/theme-limits';
import { callerOf } from '../../http/authenticate';
import { mountCommand } from '../command-route';
import { deny } from '../guard';
import { themeDto } from './theme-dto';

const themeSchema = z.strictObject({
  label: z.string().max(LABEL_MAX * 2),
  kind: z.enum(THEME_KINDS),
  phrases: z.array(z.string().max(PHRASE_MAX * 2)).max(PHRASES_MAX * 2),
  active: z.boolean(),
});

/** The theme vocabulary: read by those who read themes, curated by the QA lead through commands. */
export function vocabularyRoutes(services: Services): Router {
  const router = Router();
  router.get('/themes/vocabulary', async (_req, res) => {
    const caller = callerOf(res);
    if (!mayReadThemes(caller.actor)) {
      throw deny(services, caller, 'learningThemes', READ_REFUSAL);
    }
    const themes = await fromModel(services, 'learningThemes');
    const body: VocabularyResponse = {
      items: [...themes]
        .sort(
          (a, b) =>
            Number(b.record.active) - Number(a.record.active) ||
            a.record.kind.localeCompare(b.record.kind) ||
            a.record.label.localeCompare(b.record.label, 'en-GB'),
        )
        .map(themeDto),
      canEdit: mayCurateThemes(caller.actor),
    };
    res.json(body);
  });
  mountCommand(router, services, {
    method: 'post',
    path: '/themes/vocabulary',
    command: addThemeCommand,
    schema: themeSchema,
    versioned: false,
    noun: 'Learning theme',
    status: 201,
    respond: (_caller, { created }) => {
      if (created === null) throw new Error('themes.vocabulary.add saved nothing');
      return { theme: themeDto(created) } satisfies LearningThemeResponse;
    },
  });
  mountCommand(router, services, {
    method: 'put',
    path: '/themes/vocabulary/:id',
    command: editThemeCommand,
    schema: themeSchema,
    versioned: true,
    noun: 'Learning theme',
    respond: (_caller, { theme }) => ({ theme: themeDto(theme) }) satisfies LearningThemeResponse,
  });
  return router;
}
