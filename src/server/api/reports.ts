import { unresolvedReferences, type KnownKeys } from '../../domain/records/references';
import { Router } from 'express';
import { findingsSummary } from '../../domain/analytics/findings-summary';
import { FRAMEWORK_RECORD_KINDS } from '../../domain/ports/store';
import type { FindingsReportResponse, ListHealthResponse } from '../../contract/dashboard';
import { callerOf } from '../http/authenticate';
import type { Services } from '../../app/services';
import { cycleDto } from './cycles/dto';
import { readCycle } from './cycles/read';
import { deny, timeOf } from './guard';
import { fromModel } from '../../app/queries/from-model';
import { reachOf } from './scope';

/** Lists a QA lead edits by hand. The Audit log, outbox and references are the app's own. */
const HAND_EDITED = FRAMEWORK_RECORD_KINDS;

export function reportRoutes(services: Services): Router {
  const router = Router();

  /** Findings for one cycle (CycleId is indexed); a head of service gets their service's. */
  router.get('/reports/findings/:cycleId', async (req, res) => {
    const caller = callerOf(res);
    if (caller.actor.role === 'TeamManager') {
      throw deny(
        services,
        caller,
        'findings',
        'The findings report is for the QA team and senior leaders.',
      );
    }
    const reach = reachOf(services, caller, {}, 'findings');
    const cycle = await readCycle(services, req.params['cycleId']);
    const cycleId = cycle.record.id;
    const where = { cycleId, serviceAreaId: reach.serviceAreaId };
    const [audits, moderations, actions] = await Promise.all([
      fromModel(services, 'audits', where),
      fromModel(services, 'moderations', { cycleId }),
      fromModel(services, 'actions', where),
    ]);
    const body: FindingsReportResponse = {
      cycle: cycleDto(cycle),
      findings: findingsSummary(
        audits.map((a) => a.record),
        moderations.map((m) => m.record),
        actions.map((a) => a.record),
        timeOf(services).today,
      ),
    };
    res.json(body);
  });

  /**
   * Records whose hand-edited values could not be read, for the QA lead to correct in
   * SharePoint. This reads the hand-edited lists whole: a QA lead's occasional check.
   */
  router.get('/lists/health', async (_req, res) => {
    const caller = callerOf(res);
    if (caller.actor.role !== 'QALead') {
      throw deny(services, caller, 'lists', 'Only the QA lead checks the lists.');
    }
    const model = await services.readModel.fresh();
    const known: KnownKeys = (target, key) =>
      target === 'cases'
        ? model.where('cases', 'caseNumber', key).length > 0
        : model.get(target, key) !== undefined;
    const lists = await Promise.all(
      HAND_EDITED.map(async (kind) => {
        const items = await fromModel(services, kind);
        const flagged = items
          .map((i) => ({
            item: i,
            flags: [...i.flags, ...unresolvedReferences(kind, i.record, known)],
          }))
          .filter(({ flags }) => flags.length > 0)
          .map(({ item, flags }) => ({
            key: keyOf(item.record),
            version: item.version,
            flags,
          }));
        return { kind, total: items.length, flagged };
      }),
    );
    const body: ListHealthResponse = { lists };
    res.json(body);
  });

  return router;
}

/** A record's key: its id, or a case's case number. */
const keyOf = (record: object): string => {
  if ('id' in record && typeof record.id === 'string') return record.id;
  return 'caseNumber' in record && typeof record.caseNumber === 'string' ? record.caseNumber : '';
};
