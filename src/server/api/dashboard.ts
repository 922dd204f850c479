import { Router } from 'express';
import { z } from 'zod';
import { actionCounts, actionCountsBy } from '../../domain/analytics/action-counts';
import { cycleTrends } from '../../domain/analytics/cycle-trends';
import { disagreementDirection } from '../../domain/analytics/disagreement-direction';
import {
  gradeDistributions,
  gradeDistributionsBy,
} from '../../domain/analytics/grade-distributions';
import { moderationKappa } from '../../domain/analytics/moderation-agreement';
import { auditTimeliness, moderationTimeliness } from '../../domain/analytics/timeliness';
import { id } from '../../domain/validation/primitives';
import type { DashboardResponse } from '../../contract/dashboard';
import { callerOf } from '../http/authenticate';
import type { Services } from '../../app/services';
import { namesOf } from './dto/names';
import { timeOf } from './guard';
import { parseQuery } from './parse';
import { fromModel } from '../../app/queries/from-model';
import { isServiceWide, reachOf } from './scope';

const dashboardQuery = z.strictObject({
  cycleId: id.optional(),
  serviceAreaId: id.optional(),
  teamId: id.optional(),
});

/**
 * `GET /dashboard`: figures only (no audit text, no case numbers). Audits and actions are read
 * with equality filters on indexed columns (CycleId, ServiceAreaId, TeamId); moderations by
 * CycleId when a cycle is chosen, and matched to the audits read.
 */
export function dashboardRoutes(services: Services): Router {
  const router = Router();
  router.get('/dashboard', async (req, res) => {
    const caller = callerOf(res);
    const query = parseQuery(req, dashboardQuery);
    const reach = reachOf(services, caller, query, 'dashboard');
    const where = { cycleId: query.cycleId, ...reach };
    const [audits, actions, moderations, cycles] = await Promise.all([
      fromModel(services, 'audits', where),
      fromModel(services, 'actions', where),
      fromModel(services, 'moderations', { cycleId: query.cycleId }),
      fromModel(services, 'cycles'),
    ]);
    const { today } = timeOf(services);
    const auditIds = new Set(audits.map((a) => a.record.id));
    const a = audits.map((v) => v.record);
    const m = moderations.map((v) => v.record).filter((x) => auditIds.has(x.auditId));
    const x = actions.map((v) => v.record);
    const byTeam = gradeDistributionsBy(a, m, 'teamId');
    // An auditor's leaning against moderation is theirs and the QA team's to see: a team
    // manager sees their own only; heads of service and service-wide roles see every auditor.
    const seesAll = isServiceWide(caller.actor.role) || caller.actor.role === 'HeadOfService';
    const disagreement = disagreementDirection(m).filter(
      (d) => seesAll || d.auditorId === caller.actor.id,
    );
    const body: DashboardResponse = {
      filters: where,
      grades: gradeDistributions(a, m),
      gradesByTeam: byTeam,
      moderation: moderationKappa(m),
      disagreement,
      auditTimeliness: auditTimeliness(a, today),
      moderationTimeliness: moderationTimeliness(a, m, today),
      actions: actionCounts(x, today),
      actionsByTeam: actionCountsBy(x, 'teamId', today),
      trends: cycleTrends(
        cycles.map((c) => c.record).filter((c) => a.some((audit) => audit.cycleId === c.id)),
        a,
        m,
        x,
        today,
      ),
      names: namesOf(
        services.directory,
        disagreement.map((d) => d.auditorId),
        {
          teamIds: byTeam.map((t) => t.key),
          serviceAreaIds: reach.serviceAreaId === undefined ? [] : [reach.serviceAreaId],
        },
      ),
    };
    res.json(body);
  });
  return router;
}
