import { Router } from 'express';
import type { Versioned } from '../../domain/ports/versioned';
import type { Action } from '../../domain/records/action';
import type { Audit } from '../../domain/records/audit';
import type { HomeResponse } from '../../contract/home';
import { callerOf } from '../http/authenticate';
import type { Services } from '../../app/services';
import { actionDtos } from './dto/action-dto';
import { auditDtos } from './dto/audit-dto';
import { timeOf } from './guard';
import { isOverdueAction } from '../../domain/records/action';
import { isServiceWide } from './scope';

const none = <T>(): Promise<Versioned<T>[]> => Promise.resolve([]);
const openAudit = (a: Versioned<Audit>) => a.record.state !== 'Closed';
const unfinished = (a: Versioned<Action>) =>
  a.record.state !== 'Closed' && a.record.state !== 'NotCompleted';

/**
 * The caller's home view by role. Every read is an equality filter on indexed columns
 * (Audits: AuditorId, WorkerId, ModeratorId, ServiceAreaId, OverallGrade; Actions: OwnerId,
 * TeamId, ServiceAreaId, State), so no whole list is read. The actions' audit workers are not
 * looked up: on every section here the caller's own relation (owner, team manager of the team,
 * head of the service, QA lead) already grants whatever the allocated worker's would.
 */
export function homeRoutes(services: Services): Router {
  const router = Router();
  router.get('/home', async (_req, res) => {
    const { actor } = callerOf(res);
    const audits = services.store.repo('audits');
    const actions = services.store.repo('actions');
    const isHos = actor.role === 'HeadOfService' && actor.serviceAreaId !== null;
    const hosArea = actor.serviceAreaId ?? '';
    const [allocated, myCases, mine, team, moderating, inadequate, approvals, verification] =
      await Promise.all([
        audits.list({ where: { auditorId: actor.id } }),
        audits.list({ where: { workerId: actor.id } }),
        actions.list({ where: { ownerId: actor.id } }),
        actor.role === 'TeamManager' && actor.teamId !== null
          ? actions.list({ where: { teamId: actor.teamId } })
          : none<Action>(),
        audits.list({ where: { moderatorId: actor.id } }),
        isHos
          ? audits.list({ where: { serviceAreaId: hosArea, overallGrade: 'Inadequate' } })
          : isServiceWide(actor.role)
            ? audits.list({ where: { overallGrade: 'Inadequate' } })
            : none<Audit>(),
        isHos
          ? actions.list({ where: { serviceAreaId: hosArea, state: 'Verified' } })
          : none<Action>(),
        actor.role === 'QALead' ? actions.list({ where: { state: 'Completed' } }) : none<Action>(),
      ]);
    const { today } = timeOf(services);
    // Home lists are the caller's own or their team's/service's: no audit party is needed.
    const noWorker = () => ({});
    const dir = services.directory;
    const body: Omit<HomeResponse, 'counts'> = {
      allocatedToMe: auditDtos(actor, dir, allocated.filter(openAudit)),
      myCases: auditDtos(actor, dir, myCases.filter(openAudit)),
      myActions: actionDtos(actor, dir, mine.filter(unfinished), noWorker),
      teamActions: actionDtos(actor, dir, team.filter(unfinished), noWorker),
      moderationQueue: auditDtos(
        actor,
        dir,
        moderating.filter((a) => a.record.state === 'Submitted' || a.record.state === 'Disagreed'),
      ),
      inadequateAlerts: auditDtos(actor, dir, inadequate.filter(openAudit)),
      closureApprovals: actionDtos(actor, dir, approvals, noWorker),
      verificationQueue: actionDtos(actor, dir, verification, noWorker),
    };
    const response: HomeResponse = {
      ...body,
      counts: {
        allocatedToMe: body.allocatedToMe.length,
        overdueAudits: body.allocatedToMe.filter(
          (a) => a.record.submittedAt === null && a.record.auditDue < today,
        ).length,
        myCases: body.myCases.length,
        myActions: body.myActions.length,
        overdueActions: body.myActions.filter((a) => isOverdueAction(a.record, today)).length,
        teamActions: body.teamActions.length,
        moderationQueue: body.moderationQueue.length,
        inadequateAlerts: body.inadequateAlerts.length,
        closureApprovals: body.closureApprovals.length,
        verificationQueue: body.verificationQueue.length,
      },
    };
    res.json(response);
  });
  return router;
}
