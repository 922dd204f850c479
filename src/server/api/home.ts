import { Router } from 'express';
import type { HomeResponse } from '../../contract/home';
import { homeView, type Section } from '../../app/queries/home';
import { partiesFrom } from '../../app/queries/action-lists';
import type { Services } from '../../app/services';
import type { Action } from '../../domain/records/action';
import type { Audit } from '../../domain/records/audit';
import { callerOf } from '../http/authenticate';
import { actionDtos } from './dto/action-dto';
import { moderationsFrom } from '../../app/queries/audit-lists';
import { auditDtos } from './dto/audit-dto';
import { timeOf } from './guard';

/** The caller's home view by role: each section's first rows and its count, from the read model. */
export function homeRoutes(services: Services): Router {
  const router = Router();
  router.get('/home', async (_req, res) => {
    const { actor } = callerOf(res);
    const view = await homeView(services, actor, timeOf(services).today);
    const dir = services.directory;
    const parties = partiesFrom(services.readModel);
    const audits = (s: Section<Audit>) =>
      auditDtos(actor, dir, s.items, {
        sorted: true,
        moderationOf: moderationsFrom(services.readModel),
      });
    const actions = (s: Section<Action>) => actionDtos(actor, dir, s.items, parties);
    const body: HomeResponse = {
      allocatedToMe: audits(view.allocatedToMe),
      myCases: audits(view.myCases),
      myActions: actions(view.myActions),
      teamActions: actions(view.teamActions),
      moderationQueue: audits(view.moderationQueue),
      inadequateAlerts: audits(view.inadequateAlerts),
      closureApprovals: actions(view.closureApprovals),
      verificationQueue: actions(view.verificationQueue),
      counts: {
        allocatedToMe: view.allocatedToMe.total,
        overdueAudits: view.overdueAudits,
        myCases: view.myCases.total,
        myActions: view.myActions.total,
        overdueActions: view.overdueActions,
        teamActions: view.teamActions.total,
        moderationQueue: view.moderationQueue.total,
        inadequateAlerts: view.inadequateAlerts.total,
        closureApprovals: view.closureApprovals.total,
        verificationQueue: view.verificationQueue.total,
      },
    };
    res.json(body);
  });
  return router;
}
