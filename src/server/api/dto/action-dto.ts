import { canView } from '../../../domain/access/can-view';
import type { ActionParties } from '../../../domain/access/relations';
import type { Versioned } from '../../../domain/ports/versioned';
import type { Action } from '../../../domain/records/action';
import type { Actor } from '../../../domain/records/actor';
import type { ActionDto } from '../../../contract/audits';
import type { Directory } from '../../../app/directory/directory';
import { allowedOnAction } from '../../../domain/access/allowed';
import { namesOf } from './names';

/** The action for this actor, or null when they may not see it. */
export function actionDto(
  actor: Actor,
  directory: Directory,
  versioned: Versioned<Action>,
  parties: ActionParties,
): ActionDto | null {
  const action = versioned.record;
  if (!canView(actor, action, parties)) return null;
  return {
    record: action,
    version: versioned.version,
    flags: versioned.flags,
    names: namesOf(
      directory,
      [
        action.ownerId,
        action.verifiedById,
        action.closedById,
        ...action.progress.map((p) => p.byId),
        ...action.supervisionReviews.map((r) => r.byId),
      ],
      { teamIds: [action.teamId], serviceAreaIds: [action.serviceAreaId] },
    ),
    allowed: allowedOnAction(actor, action, parties),
  };
}

/** DTOs of the actions this actor may see; `partiesOf` gives each action's audit's parties. */
export function actionDtos(
  actor: Actor,
  directory: Directory,
  actions: readonly Versioned<Action>[],
  partiesOf: (auditId: string) => ActionParties,
): ActionDto[] {
  return actions
    .map((a) => actionDto(actor, directory, a, partiesOf(a.record.auditId)))
    .filter((dto): dto is ActionDto => dto !== null);
}
