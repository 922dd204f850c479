import { canView } from '../../domain/access/can-view';
import { partiesOf, type ActionParties } from '../../domain/access/relations';
import { forbidden } from '../../domain/errors';
import type { Versioned } from '../../domain/ports/versioned';
import type { Action, ActionState } from '../../domain/records/action';
import { isOverdueAction } from '../../domain/records/action';
import type { Actor } from '../../domain/records/actor';
import { STATE_LABELS } from '../../domain/records/labels';
import { fail, ok, type Result } from '../../domain/result';
import type { ActionScope } from '../../contract/actions';
import type { PageQuery } from '../../contract/common';
import type { ReadModel } from '../read-model/read-model';
import type { Services } from '../services';
import { isServiceWide } from '../../domain/records/staff';
import { pageOf, type ListShape, type Page } from './page';

export function actionScope(actor: Actor, scope: ActionScope): Result<(a: Action) => boolean> {
  switch (scope) {
    case 'mine':
      return ok((a) => a.ownerId === actor.id);
    case 'team':
      if (actor.role !== 'TeamManager' || actor.teamId === null) {
        return fail(forbidden("Only a team manager reads their team's actions."));
      }
      return ok((a) => a.teamId === actor.teamId);
    case 'service':
      if (actor.role !== 'HeadOfService' && !isServiceWide(actor.role)) {
        return fail(
          forbidden("Only a head of service or a service-wide role reads a service's actions."),
        );
      }
      return ok((a) => actor.serviceAreaId === null || a.serviceAreaId === actor.serviceAreaId);
    case 'all':
      if (!isServiceWide(actor.role)) {
        return fail(
          forbidden('Only the QA lead, PSW, assistant director and director read every action.'),
        );
      }
      return ok(() => true);
  }
}

export interface ActionListQuery extends PageQuery {
  readonly scope: ActionScope;
  readonly state?: ActionState;
  readonly overdue?: boolean;
}

/** The parties of each action's audit (its auditor, moderator and worker), from the read model. */
export const partiesFrom =
  (model: ReadModel) =>
  (auditId: string): ActionParties =>
    partiesOf(model.get('audits', auditId)?.record);

export const actionListShape = (services: Services): ListShape<Versioned<Action>> => {
  const name = (id: string | null) => services.directory.nameOf(id);
  const team = (id: string) => services.directory.team(id)?.name ?? id;
  return {
    sorts: {
      action: ({ record: a }) => a.description,
      case: ({ record: a }) => a.caseNumber,
      owner: ({ record: a }) => name(a.ownerId),
      team: ({ record: a }) => team(a.teamId),
      state: ({ record: a }) => STATE_LABELS[a.state],
      immediate: ({ record: a }) => (a.immediate ? 0 : 1),
      due: ({ record: a }) => a.dueDate,
    },
    defaultSort: 'due',
    text: ({ record: a }) =>
      [a.description, a.caseNumber, name(a.ownerId), team(a.teamId), STATE_LABELS[a.state]].join(
        ' ',
      ),
  };
};

/** One page of the actions in a scope that the actor may see, from the read model. */
export async function actionList(
  services: Services,
  actor: Actor,
  query: ActionListQuery,
  today: string,
): Promise<Result<Page<Versioned<Action>>>> {
  const scope = actionScope(actor, query.scope);
  if (!scope.ok) return scope;
  const model = await services.readModel.fresh();
  const parties = partiesFrom(model);
  const rows = model
    .records('actions')
    .filter(
      ({ record: a }) =>
        scope.value(a) &&
        (query.state === undefined || a.state === query.state) &&
        (query.overdue !== true || isOverdueAction(a, today)) &&
        canView(actor, a, parties(a.auditId)),
    );
  return ok(pageOf(rows, query, actionListShape(services)));
}
