import type { ActionParties } from '../access/relations';
import type { Action } from '../records/action';
import type { Actor } from '../records/actor';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Clock } from './clock';
import { actionRef } from './event-refs';
import { authorise, requireState, requireValid, required } from './guards';
import type { Transition } from './transition';

export interface CompleteActionInput extends Clock {
  /** Where the work can be seen, e.g. on the child's file. */
  readonly evidence: string;
}

/** The owner, allocated worker or team manager completes the action, with evidence. */
export const completeAction = (
  action: Action,
  actor: Actor,
  input: CompleteActionInput,
  parties: ActionParties = {},
): Result<Transition<Action>> => {
  const refusal =
    authorise(actor, 'completeAction', action, parties) ??
    requireState('action', action.state, ['Open', 'InProgress'], 'completeAction') ??
    requireValid(required('evidence', input.evidence));
  if (refusal !== null) return fail(refusal);
  const next: Action = {
    ...action,
    state: 'Completed',
    evidence: input.evidence,
    completedAt: input.now,
  };
  return ok({
    next,
    events: [{ ...actionRef(action, actor, input.now), kind: 'ActionCompleted' }],
  });
};

/**
 * The QA lead reviews the update and verifies the action (section 6, closing the loop), which
 * asks the head of service to approve its closure.
 */
export const verifyAction = (
  action: Action,
  actor: Actor,
  input: Clock,
): Result<Transition<Action>> => {
  const refusal =
    authorise(actor, 'verifyAction', action) ??
    requireState('action', action.state, ['Completed'], 'verifyAction');
  if (refusal !== null) return fail(refusal);
  const next: Action = {
    ...action,
    state: 'Verified',
    verifiedById: actor.id,
    verifiedAt: input.now,
    closureRequestedAt: input.now,
  };
  const ref = actionRef(action, actor, input.now);
  return ok({
    next,
    events: [
      { ...ref, kind: 'ActionVerified' },
      { ...ref, kind: 'ClosureRequested' },
    ],
  });
};
