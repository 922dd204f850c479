import { Router } from 'express';
import { canView } from '../../../domain/access/can-view';
import type { Versioned } from '../../../domain/ports/versioned';
import type { Audit } from '../../../domain/records/audit';
import type { TrackerResponse, TrackerRow } from '../../../contract/cycles';
import { callerOf } from '../../http/authenticate';
import type { Services } from '../../../app/services';
import { namesOf } from '../dto/names';
import { deny, timeOf } from '../guard';
import { isServiceWide } from '../scope';
import { cycleDto } from './dto';
import { z } from 'zod';
import { pageQuerySchema, parseQuery } from '../parse';
import { pageOf } from '../../../app/queries/page';
import { auditListShape } from '../../../app/queries/audit-lists';
import { fromModel } from '../../../app/queries/from-model';
import { isDoneForCycle } from '../../../domain/cycles/cycle-progress';
import { readCycle } from './read';
import { reauditProgress } from '../../../app/queries/reaudit-progress';

/**
 * The allocation and progress of an audit: no audit text, and no grade but a re-audit's before
 * and after (the tracker's readers may see both audits' grades).
 */
const rowOf = (
  services: Services,
  { record: a, version }: Versioned<Audit>,
  today: string,
): TrackerRow => ({
  auditId: a.id,
  cycleId: a.cycleId,
  caseNumber: a.caseNumber,
  cohort: a.cohort,
  teamId: a.teamId,
  serviceAreaId: a.serviceAreaId,
  auditorId: a.auditorId,
  workerId: a.workerId,
  teamManagerId: a.teamManagerId,
  moderatorId: a.moderatorId,
  allocatedOn: a.allocatedOn,
  auditDue: a.auditDue,
  moderationDue: a.moderationDue,
  state: a.state,
  submittedAt: a.submittedAt,
  moderatedAt: a.moderatedAt,
  gradeSharedOn: a.gradeSharedOn,
  auditOverdue: a.submittedAt === null && a.auditDue < today,
  ...(a.reauditOf === undefined ? {} : { reauditOf: a.reauditOf }),
  reaudit: reauditProgress(services, a),
  version,
});

/**
 * `GET /cycles/:id/tracker`: the audit allocation tracker. The QA lead, PSW and senior leaders
 * see every row, a head of service their service's (CycleId and ServiceAreaId are indexed).
 */
export function trackerRoutes(services: Services): Router {
  const router = Router();
  router.get('/cycles/:id/tracker', async (req, res) => {
    const caller = callerOf(res);
    const query = parseQuery(req, z.strictObject(pageQuerySchema));
    const { actor } = caller;
    const serviceWide = isServiceWide(actor.role);
    if (!serviceWide && actor.role !== 'HeadOfService') {
      throw deny(
        services,
        caller,
        `tracker:${req.params['id']}`,
        'The tracker is for the QA lead, heads of service and senior leaders.',
      );
    }
    const cycle = await readCycle(services, req.params['id']);
    const cycleId = cycle.record.id;
    const audits = await fromModel(
      services,
      'audits',
      serviceWide ? { cycleId } : { cycleId, serviceAreaId: actor.serviceAreaId ?? '' },
    );
    const { today } = timeOf(services);
    const page = pageOf(
      audits.filter((a) => canView(actor, a.record)),
      { sort: 'case', ...query },
      auditListShape(services),
    );
    const rows = page.items.map((a) => rowOf(services, a, today));
    const body: TrackerResponse = {
      cycle: cycleDto(cycle),
      scope: serviceWide ? 'all' : 'service',
      allocatedInCycle: services.readModel.where('audits', 'cycleId', cycleId).length,
      openInCycle: services.readModel
        .where('audits', 'cycleId', cycleId)
        .filter((a) => !isDoneForCycle(a.record)).length,
      rows,
      total: page.total,
      page: page.page,
      pageSize: page.pageSize,
      names: namesOf(
        services.directory,
        rows.flatMap((r) => [r.auditorId, r.workerId, r.teamManagerId, r.moderatorId]),
        { teamIds: rows.map((r) => r.teamId), serviceAreaIds: rows.map((r) => r.serviceAreaId) },
      ),
    };
    res.json(body);
  });
  return router;
}
