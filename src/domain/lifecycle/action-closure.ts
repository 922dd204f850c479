import type { Action } from '../records/action';
import type { Actor } from '../records/actor';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Clock } from './clock';
import { actionRef } from './event-refs';
import { separationOfDuties } from './action-complete';
import { authorise, requireValid, required } from './guards';
import { requireActionState } from './state-rules';
import type { Transition } from './transition';

/** The head of service of the action's service approves its closure: the loop is closed. */
export const approveClosure = (
  action: Action,
  actor: Actor,
  input: Clock,
): Result<Transition<Action>> => {
  const refusal =
    authorise(actor, 'approveClosure', action) ??
    separationOfDuties(action, actor, 'approve') ??
    requireActionState(action, 'approveClosure');
  if (refusal !== null) return fail(refusal);
  const next: Action = { ...action, state: 'Closed', closedById: actor.id, closedAt: input.now };
  return ok({
    next,
    events: [{ ...actionRef(action, actor, input.now), kind: 'ClosureApproved' }],
  });
};

export interface ReasonInput extends Clock {
  readonly reason: string;
}

/** The head of service returns the closure with a reason; the action goes back to InProgress. */
export const returnClosure = (
  action: Action,
  actor: Actor,
  input: ReasonInput,
): Result<Transition<Action>> => {
  const refusal =
    authorise(actor, 'returnClosure', action) ??
    requireActionState(action, 'returnClosure') ??
    requireValid(required('reason', input.reason));
  if (refusal !== null) return fail(refusal);
  const next: Action = {
    ...action,
    state: 'InProgress',
    returnReason: input.reason,
    returnedById: actor.id,
    returnedAt: input.now,
    completedById: null,
    completedAt: null,
    verifiedById: null,
    verifiedAt: null,
    closureRequestedAt: null,
  };
  const event = {
    ...actionRef(action, actor, input.now),
    kind: 'ClosureReturned' as const,
    reason: input.reason,
  };
  return ok({ next, events: [event] });
};

/** The QA lead records that the action was not completed, and why (section 6). */
export const recordNotCompleted = (
  action: Action,
  actor: Actor,
  input: ReasonInput,
): Result<Transition<Action>> => {
  const refusal =
    authorise(actor, 'recordNotCompleted', action) ??
    requireActionState(action, 'recordNotCompleted') ??
    requireValid(required('reason', input.reason));
  if (refusal !== null) return fail(refusal);
  const next: Action = { ...action, state: 'NotCompleted', notCompletedReason: input.reason };
  const event = {
    ...actionRef(action, actor, input.now),
    kind: 'ActionNotCompleted' as const,
    reason: input.reason,
  };
  return ok({ next, events: [event] });
};
