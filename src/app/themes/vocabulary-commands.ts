import { randomUUID } from 'node:crypto';
import { mayReadThemes } from '../../domain/access/theme-access';
import type { Versioned } from '../../domain/ports/versioned';
import type { LearningTheme } from '../../domain/records/learning-theme';
import type { Result } from '../../domain/result';
import { ok } from '../../domain/result';
import { saveTheme, type ThemeInput } from '../../domain/themes/theme-steps';
import { changedFields } from '../audit-log/changed-fields';
import type { DecideContext, Decision, RecordCommand } from '../commands/command';
import { creationCommand } from '../commands/creation';

export const learningThemeRef = (id: string): string => `learningTheme:${id}`;

/** The QA lead adds a theme to the vocabulary; its id is made on the server. */
export const addThemeCommand = creationCommand(
  'themes.vocabulary.add',
  'learningThemes',
  ({ actor, input }: DecideContext<unknown, ThemeInput>) => {
    const id = `LT-${randomUUID().slice(0, 8)}`;
    const saved = saveTheme(actor, id, input);
    return saved.ok ? ok({ record: saved.value, ref: learningThemeRef(id) }) : saved;
  },
);

export interface ThemeRecords {
  readonly theme: Versioned<LearningTheme>;
}

/**
 * The QA lead edits a theme: its label, kind, phrases, or deactivates it (no longer suggested;
 * the decisions made on it stand). Loaded with its version; one write with its Audit log entry.
 */
export const editThemeCommand: RecordCommand<ThemeRecords, ThemeInput> = {
  name: 'themes.vocabulary.edit',
  ref: learningThemeRef,
  load: async (services, id) => {
    const theme = await services.store.repo('learningThemes').get(id);
    return theme === null ? null : { theme };
  },
  visible: (actor) => mayReadThemes(actor),
  version: (loaded) => loaded.theme.version,
  afterSave: (loaded, saved) => ({
    theme:
      (saved.get(`learningThemes:${loaded.theme.record.id}`) as
        Versioned<LearningTheme> | undefined) ?? loaded.theme,
  }),
  known: () => ({}),
  decide: ({ loaded, actor, input }): Promise<Result<Decision>> => {
    const { theme } = loaded;
    const saved = saveTheme(actor, theme.record.id, input);
    if (!saved.ok) return Promise.resolve(saved);
    return Promise.resolve(
      ok({
        changes: [
          {
            kind: 'learningThemes',
            op: 'update',
            record: saved.value,
            expectedVersion: theme.version,
          },
        ],
        events: [],
        changedFields: changedFields(theme.record, saved.value),
      }),
    );
  },
};
