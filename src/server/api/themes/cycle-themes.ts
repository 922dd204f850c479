import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { CycleThemesResponse } from '../../../contract/themes';
import type { RecordCommand } from '../../../app/commands/command';
import { runCommand } from '../../../app/commands/run-command';
import type { Services } from '../../../app/services';
import { cycleThemes } from '../../../app/themes/cycle-themes';
import {
  confirmThemeCommand,
  decisionKey,
  mergeThemeCommand,
  rejectThemeCommand,
  type ThemeDecisionRecords,
} from '../../../app/themes/decision-commands';
import { mayReadThemes, READ_REFUSAL } from '../../../domain/access/theme-access';
import type { Cycle } from '../../../domain/records/cycle';
import { callerOf, type Caller } from '../../http/authenticate';
import { fromCommandError, notFound } from '../../http/http-error';
import { readCycle } from '../cycles/read';
import { deny } from '../guard';
import { idParam, parseVersionedBody } from '../parse';
import { reachOf } from '../scope';
import { cycleThemesDto } from './theme-dto';

/** The caller's view of a cycle's themes: the whole service, or a head of service's own. */
const themesFor = async (
  services: Services,
  caller: Caller,
  cycle: Cycle,
): Promise<CycleThemesResponse> => {
  const ref = `themes:${cycle.id}`;
  if (!mayReadThemes(caller.actor)) throw deny(services, caller, ref, READ_REFUSAL);
  const { serviceAreaId } = reachOf(services, caller, {}, ref);
  const found = await cycleThemes(services, cycle.id, serviceAreaId);
  return cycleThemesDto(services, caller.actor, cycle, found, serviceAreaId ?? null);
};

/**
 * A cycle's suggested learning themes and the QA lead's decisions on them (section 8): read
 * from the read model; each decision a command (confirm, reject, merge into another theme of the
 * same kind), answered with the cycle's themes as they now stand.
 */
export function cycleThemeRoutes(services: Services): Router {
  const router = Router();
  router.get('/cycles/:cycleId/themes', async (req, res) => {
    const caller = callerOf(res);
    const cycle = await readCycle(services, req.params['cycleId']);
    res.json(await themesFor(services, caller, cycle.record));
  });

  const decide = <S extends z.ZodType>(
    step: string,
    command: RecordCommand<ThemeDecisionRecords, z.output<S>>,
    schema: S,
  ) => {
    router.post(`/cycles/:cycleId/themes/:themeId/${step}`, async (req: Request, res: Response) => {
      const caller = callerOf(res);
      const { version, input } = parseVersionedBody(req, schema);
      const cycleId = idParam.safeParse(req.params['cycleId']);
      const themeId = idParam.safeParse(req.params['themeId']);
      if (!cycleId.success) throw notFound('Cycle');
      if (!themeId.success) throw notFound('Learning theme');
      const result = await runCommand(services, command, {
        oid: caller.oid,
        id: decisionKey(cycleId.data, themeId.data),
        version,
        input,
      });
      if (!result.ok) throw fromCommandError(result.error, 'Cycle or learning theme');
      res.json(await themesFor(services, caller, result.value.cycle.record));
    });
  };
  decide('confirm', confirmThemeCommand, z.strictObject({}));
  decide('reject', rejectThemeCommand, z.strictObject({}));
  decide('merge', mergeThemeCommand, z.strictObject({ mergedIntoThemeId: idParam }));
  return router;
}
