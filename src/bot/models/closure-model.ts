import type { ClosureApprovalModel, ClosureDecision } from '../../cards';
import type { Versioned } from '../../domain/ports';
import type { Action } from '../../domain/records';
import { actionLink, refreshUserId, type ModelContext } from './model-context';

/**
 * The decision as the record shows it now: approved (the action is Closed), returned (it went
 * back for more work, with who returned it and when), or none while it awaits approval.
 */
export function closureDecision(context: ModelContext, action: Action): ClosureDecision | null {
  if (action.state === 'Closed') {
    return {
      outcome: 'approved',
      byName: context.directory.nameOf(action.closedById),
      at: action.closedAt ?? action.closureRequestedAt ?? action.createdAt,
    };
  }
  if (action.state === 'Verified' || action.returnedAt === null) return null;
  return {
    outcome: 'returned',
    byName: context.directory.nameOf(action.returnedById),
    at: action.returnedAt,
  };
}

/**
 * The closure card for an action. `withDetail` only for the refreshed card a listed head of
 * service asks for, already re-checked against the Staff list: the card as sent carries the
 * case number, names, dates and buttons, never what anyone typed.
 */
/** Who the closure card is for: the heads of the action's service, who decide on it. */
export const closureRecipients = (context: ModelContext, action: Action): readonly string[] =>
  context.directory.headsOfService(action.serviceAreaId);

export function closureModel(
  context: ModelContext,
  found: Versioned<Action>,
  options: { readonly withDetail?: boolean } = {},
): ClosureApprovalModel {
  const action = found.record;
  const heads = closureRecipients(context, action)
    .map((id) => context.directory.staff(id)?.aadObjectId)
    .filter((oid): oid is string => oid !== undefined);
  return {
    kind: 'closure-approval',
    actionId: action.id,
    version: found.version,
    caseNumber: action.caseNumber,
    detail:
      options.withDetail === true && action.state === 'Verified'
        ? { description: action.description, evidence: action.evidence }
        : null,
    completedByName: context.directory.nameOf(action.completedById ?? action.ownerId),
    verifiedByName: context.directory.nameOf(action.verifiedById),
    verifiedAt: action.verifiedAt ?? action.closureRequestedAt ?? action.createdAt,
    openUrl: actionLink(context, action.id),
    refreshUserIds: heads.map(refreshUserId),
    decision: closureDecision(context, action),
  };
}
