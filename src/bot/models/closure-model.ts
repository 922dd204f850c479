import type { ClosureApprovalModel, ClosureDecision } from '../../cards';
import type { Versioned } from '../../domain/ports';
import type { Action } from '../../domain/records';
import { actionLink, nameOfOid, refreshUserId, type ModelContext } from './model-context';

export const CLOSURE_RETURN_ACTION = 'closure.return';
export const ACTION_COMPLETE_ACTION = 'action.complete';

/**
 * The decision as the records show it now: approved (the action is Closed), returned (it went
 * back for more work; who and when come from the Audit log), or none while it awaits approval.
 */
export async function closureDecision(
  context: ModelContext,
  action: Action,
): Promise<ClosureDecision | null> {
  if (action.state === 'Closed') {
    return {
      outcome: 'approved',
      byName: context.directory.nameOf(action.closedById),
      at: action.closedAt ?? action.closureRequestedAt ?? action.createdAt,
    };
  }
  if (action.state === 'Verified' || action.returnReason === '') return null;
  const entry = (await context.reader.logEntries(`action:${action.id}`, CLOSURE_RETURN_ACTION)).at(
    0,
  );
  return {
    outcome: 'returned',
    byName: entry === undefined ? 'the head of service' : nameOfOid(context, entry.actorOid),
    at: entry?.at ?? action.createdAt,
    reason: action.returnReason,
  };
}

export async function closureModel(
  context: ModelContext,
  found: Versioned<Action>,
): Promise<ClosureApprovalModel> {
  const action = found.record;
  const heads = context.directory
    .headsOfService(action.serviceAreaId)
    .map((id) => context.directory.staff(id)?.aadObjectId)
    .filter((oid): oid is string => oid !== undefined);
  const completed = (
    await context.reader.logEntries(`action:${action.id}`, ACTION_COMPLETE_ACTION)
  ).at(0);
  return {
    kind: 'closure-approval',
    actionId: action.id,
    version: found.version,
    caseNumber: action.caseNumber,
    description: action.description,
    evidence: action.evidence,
    completedByName:
      completed === undefined
        ? context.directory.nameOf(action.ownerId)
        : nameOfOid(context, completed.actorOid),
    verifiedByName: context.directory.nameOf(action.verifiedById),
    verifiedAt: action.verifiedAt ?? action.closureRequestedAt ?? action.createdAt,
    openUrl: actionLink(context, action.id),
    refreshUserIds: heads.map(refreshUserId),
    decision: await closureDecision(context, action),
  };
}
