import { canView } from '../../domain/access/can-view';
import type { Versioned } from '../../domain/ports/versioned';
import type { Action } from '../../domain/records/action';
import { isFinishedAction, isOverdueAction } from '../../domain/records/action';
import type { Actor } from '../../domain/records/actor';
import type { Audit } from '../../domain/records/audit';
import { isServiceWide } from '../../domain/records/staff';
import type { Services } from '../services';
import { partiesFrom } from './action-lists';
import { dueOf, hasOpenAlert } from './audit-lists';

/** Rows a home section shows; the rest are one link away, on the list's own paged page. */
export const HOME_SHOWN = 5;

export interface Section<T> {
  /** The first HOME_SHOWN, in the order the section lists them. */
  readonly items: readonly Versioned<T>[];
  readonly total: number;
}

export interface HomeView {
  readonly allocatedToMe: Section<Audit>;
  readonly myCases: Section<Audit>;
  readonly myActions: Section<Action>;
  readonly teamActions: Section<Action>;
  readonly moderationQueue: Section<Audit>;
  readonly inadequateAlerts: Section<Audit>;
  readonly closureApprovals: Section<Action>;
  readonly verificationQueue: Section<Action>;
  readonly overdueAudits: number;
  readonly overdueActions: number;
}

const section = <T>(rows: readonly Versioned<T>[], order: (a: T, b: T) => number): Section<T> => ({
  items: [...rows].sort((a, b) => order(a.record, b.record)).slice(0, HOME_SHOWN),
  total: rows.length,
});

const byDue = (a: Audit, b: Audit) => dueOf(a).localeCompare(dueOf(b));
const byDueDate = (a: Action, b: Action) => a.dueDate.localeCompare(b.dueDate);
/** Completed work waits in the order it was done: the longest waiting first. */
const byWaiting = (a: Action, b: Action) =>
  (a.completedAt ?? a.verifiedAt ?? a.dueDate).localeCompare(
    b.completedAt ?? b.verifiedAt ?? b.dueDate,
  );

/**
 * The caller's home view by role, from the read model: open work first, soonest due first,
 * each section cut to what the page shows, with its total. No Graph read but the read model's
 * catching up — whatever the lists hold.
 */
export async function homeView(services: Services, actor: Actor, today: string): Promise<HomeView> {
  const model = await services.readModel.fresh();
  const parties = partiesFrom(model);
  const seeAudit = (v: Versioned<Audit>) => canView(actor, v.record);
  const seeAction = (v: Versioned<Action>) => canView(actor, v.record, parties(v.record.auditId));
  const open = (v: Versioned<Audit>) => v.record.state !== 'Closed';
  const unfinished = (v: Versioned<Action>) => !isFinishedAction(v.record);
  const isHos = actor.role === 'HeadOfService' && actor.serviceAreaId !== null;
  const inService = (serviceAreaId: string) => !isHos || serviceAreaId === actor.serviceAreaId;
  const allocated = model.where('audits', 'auditorId', actor.id).filter(open);
  const mine = model.where('actions', 'ownerId', actor.id).filter(unfinished);
  return {
    allocatedToMe: section(allocated, byDue),
    myCases: section(
      model.where('audits', 'workerId', actor.id).filter((a) => open(a) && seeAudit(a)),
      byDue,
    ),
    myActions: section(mine, byDueDate),
    teamActions:
      actor.role === 'TeamManager' && actor.teamId !== null
        ? section(model.where('actions', 'teamId', actor.teamId).filter(unfinished), byDueDate)
        : section([], byDueDate),
    moderationQueue: section(
      model
        .where('audits', 'moderatorId', actor.id)
        .filter((a) => a.record.state === 'Submitted' || a.record.state === 'Disagreed'),
      byDue,
    ),
    inadequateAlerts:
      isHos || isServiceWide(actor.role)
        ? section(
            model
              .by('audits', 'openAlert', hasOpenAlert, true)
              .filter((a) => inService(a.record.serviceAreaId) && seeAudit(a)),
            (a, b) => (a.alertRaisedAt ?? '').localeCompare(b.alertRaisedAt ?? ''),
          )
        : section([], byDue),
    closureApprovals: isHos
      ? section(
          model
            .where('actions', 'state', 'Verified')
            .filter((a) => a.record.serviceAreaId === actor.serviceAreaId && seeAction(a)),
          byWaiting,
        )
      : section([], byWaiting),
    verificationQueue:
      actor.role === 'QALead'
        ? section(model.where('actions', 'state', 'Completed'), byWaiting)
        : section([], byWaiting),
    overdueAudits: allocated.filter(
      (a) => a.record.submittedAt === null && a.record.auditDue < today,
    ).length,
    overdueActions: mine.filter((a) => isOverdueAction(a.record, today)).length,
  };
}
