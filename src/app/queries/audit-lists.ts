import { canView } from '../../domain/access/can-view';
import { forbidden } from '../../domain/errors';
import type { Versioned } from '../../domain/ports/versioned';
import type { Actor } from '../../domain/records/actor';
import type { Audit, AuditState } from '../../domain/records/audit';
import type { Moderation } from '../../domain/records/moderation';
import { COHORT_LABELS } from '../../domain/records/case';
import { STATE_LABELS } from '../../domain/records/labels';
import { isServiceWide } from '../../domain/records/staff';
import { fail, ok, type Result } from '../../domain/result';
import type { AuditScope } from '../../contract/audits';
import type { PageQuery } from '../../contract/common';
import type { ReadModel } from '../read-model/read-model';
import type { Services } from '../services';
import { pageOf, type ListShape, type Page } from './page';

/** Which audits a scope covers for this actor, or why the actor may not ask for it. */
export function auditScope(actor: Actor, scope: AuditScope): Result<(a: Audit) => boolean> {
  switch (scope) {
    case 'allocatedToMe':
      return ok((a) => a.auditorId === actor.id);
    case 'myCases':
      return ok((a) => a.workerId === actor.id);
    case 'team':
      if (actor.role !== 'TeamManager' || actor.teamId === null) {
        return fail(forbidden("Only a team manager reads their team's audits."));
      }
      return ok((a) => a.teamId === actor.teamId);
    case 'service':
      if (actor.role !== 'HeadOfService' && !isServiceWide(actor.role)) {
        return fail(
          forbidden("Only a head of service or a service-wide role reads a service's audits."),
        );
      }
      // A service-wide role's service is the whole department.
      return ok((a) => actor.serviceAreaId === null || a.serviceAreaId === actor.serviceAreaId);
    case 'all':
      if (!isServiceWide(actor.role)) {
        return fail(
          forbidden('Only the QA lead, PSW, assistant director and director read every audit.'),
        );
      }
      return ok(() => true);
  }
}

export interface AuditListQuery extends PageQuery {
  readonly scope: AuditScope;
  readonly cycleId?: string;
  readonly state?: AuditState;
  readonly inModeration?: boolean;
  /** Only audits whose Inadequate alert is raised, unacknowledged, and the audit not closed. */
  readonly openAlert?: boolean;
}

export const hasOpenAlert = (a: Audit): boolean =>
  a.alertRaisedAt !== null && a.alertAcknowledgedAt === null && a.state !== 'Closed';

const IN_MODERATION: readonly AuditState[] = ['Submitted', 'Agreed', 'Disagreed', 'Resolved'];
const inModeration = (a: Audit): boolean =>
  a.moderatorId !== null && IN_MODERATION.includes(a.state);

/** Open work first, by due date: the audit's own date while open, moderation's once submitted. */
export const dueOf = (a: Audit): string =>
  a.submittedAt === null ? a.auditDue : a.moderatedAt === null ? a.moderationDue : '9999-12-31';

/** How the audit lists sort and search (the tab's column ids). */
export const auditListShape = (services: Services): ListShape<Versioned<Audit>> => {
  const name = (id: string | null) => services.directory.nameOf(id);
  const team = (id: string) => services.directory.team(id)?.name ?? id;
  return {
    sorts: {
      case: ({ record: a }) => a.caseNumber,
      cohort: ({ record: a }) => COHORT_LABELS[a.cohort],
      team: ({ record: a }) => team(a.teamId),
      auditor: ({ record: a }) => name(a.auditorId),
      worker: ({ record: a }) => name(a.workerId),
      state: ({ record: a }) => STATE_LABELS[a.state],
      grade: ({ record: a }) => a.overallGrade,
      due: ({ record: a }) => `${a.state === 'Closed' ? '1' : '0'}${dueOf(a)}`,
    },
    defaultSort: 'due',
    text: ({ record: a }) =>
      [
        a.caseNumber,
        team(a.teamId),
        name(a.auditorId),
        name(a.workerId),
        STATE_LABELS[a.state],
      ].join(' '),
  };
};

/**
 * One page of the audits in a scope that the actor may see, from the read model: no Graph read
 * but the read model's catching up.
 */
export async function auditList(
  services: Services,
  actor: Actor,
  query: AuditListQuery,
): Promise<Result<Page<Versioned<Audit>>>> {
  const scope = auditScope(actor, query.scope);
  if (!scope.ok) return scope;
  const model = await services.readModel.fresh();
  const rows = model
    .records('audits')
    .filter(
      ({ record: a }) =>
        scope.value(a) &&
        (query.cycleId === undefined || a.cycleId === query.cycleId) &&
        (query.state === undefined || a.state === query.state) &&
        (query.inModeration !== true || inModeration(a)) &&
        (query.openAlert !== true || hasOpenAlert(a)) &&
        canView(actor, a),
    );
  return ok(pageOf(rows, query, auditListShape(services)));
}

/** Each audit's moderation, from the read model's index by audit. */
export const moderationsFrom =
  (model: ReadModel) =>
  (auditId: string): Moderation | null =>
    model.where('moderations', 'auditId', auditId).at(0)?.record ?? null;
