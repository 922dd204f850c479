import type { ActionParties } from '../access/relations';
import { forbidden } from '../errors';
import type { Action } from '../records/action';
import type { Actor } from '../records/actor';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Clock } from './clock';
import { actionRef } from './event-refs';
import { authorise, requireValid, required } from './guards';
import { requireActionState } from './state-rules';
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
    requireActionState(action, 'completeAction') ??
    requireValid(required('evidence', input.evidence));
  if (refusal !== null) return fail(refusal);
  const next: Action = {
    ...action,
    state: 'Completed',
    evidence: input.evidence,
    completedById: actor.id,
    completedAt: input.now,
  };
  return ok({
    next,
    events: [{ ...actionRef(action, actor, input.now), kind: 'ActionCompleted' }],
  });
};

/**
 * Separation of duties: the person who checks a piece of work is never the one who did it. Nobody
 * verifies an action they own or completed; nobody approves the closure of one they own,
 * completed or verified.
 */
export const separationOfDuties = (
  action: Action,
  actor: Actor,
  step: 'verify' | 'approve',
): ReturnType<typeof forbidden> | null => {
  if (action.ownerId === actor.id) {
    return forbidden(
      `You own this action, so someone else must ${step === 'verify' ? 'verify it' : 'approve its closure'}.`,
    );
  }
  if (action.completedById === actor.id) {
    return forbidden(
      `You completed this action, so someone else must ${step === 'verify' ? 'verify it' : 'approve its closure'}.`,
    );
  }
  if (step === 'approve' && action.verifiedById === actor.id) {
    return forbidden('You verified this action, so someone else must approve its closure.');
  }
  return null;
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
    separationOfDuties(action, actor, 'verify') ??
    requireActionState(action, 'verifyAction');
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
