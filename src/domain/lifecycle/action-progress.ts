import type { ActionParties } from '../access/relations';
import { invalidState } from '../errors';
import type { FieldIssue } from '../errors';
import type { Action } from '../records/action';
import type { Actor } from '../records/actor';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { dateOf, isIsoDate } from '../calendar/calendar';
import type { Clock } from './clock';
import { actionRef } from './event-refs';
import { authorise, requireValid, required } from './guards';
import { requireActionState } from './state-rules';
import type { Transition } from './transition';

export interface RecordProgressInput extends Clock {
  readonly note: string;
}

/** The owner, allocated worker or team manager records progress; an open action starts. */
export const recordProgress = (
  action: Action,
  actor: Actor,
  input: RecordProgressInput,
  parties: ActionParties = {},
): Result<Transition<Action>> => {
  const refusal =
    authorise(actor, 'recordProgress', action, parties) ??
    requireActionState(action, 'recordProgress') ??
    requireValid(required('note', input.note));
  if (refusal !== null) return fail(refusal);
  const last = action.progress.at(-1);
  if (last !== undefined && last.byId === actor.id && last.note === input.note) {
    return fail(invalidState('That progress note is already recorded.'));
  }
  const next: Action = {
    ...action,
    state: 'InProgress',
    progress: [...action.progress, { at: input.now, byId: actor.id, note: input.note }],
  };
  return ok({
    next,
    events: [{ ...actionRef(action, actor, input.now), kind: 'ActionProgressed' }],
  });
};

export interface SupervisionReviewInput extends Clock {
  /** ISO date of the supervision; not in the future. */
  readonly date: string;
  readonly note: string;
}

/** The team manager records that the action was reviewed in supervision (step 8). */
export const markReviewedInSupervision = (
  action: Action,
  actor: Actor,
  input: SupervisionReviewInput,
): Result<Transition<Action>> => {
  const issues: FieldIssue[] = !isIsoDate(input.date)
    ? [{ field: 'date', message: 'is not a date' }]
    : input.date > dateOf(input.now)
      ? [{ field: 'date', message: 'must not be in the future' }]
      : [];
  const refusal =
    authorise(actor, 'markReviewedInSupervision', action) ??
    requireActionState(action, 'markReviewedInSupervision') ??
    requireValid(issues);
  if (refusal !== null) return fail(refusal);
  if (action.supervisionReviews.some((review) => review.date === input.date)) {
    return fail(invalidState(`The action was already reviewed in supervision on ${input.date}.`));
  }
  const review = { date: input.date, byId: actor.id, note: input.note };
  const next: Action = { ...action, supervisionReviews: [...action.supervisionReviews, review] };
  const event = {
    ...actionRef(action, actor, input.now),
    kind: 'ActionReviewedInSupervision' as const,
    date: input.date,
  };
  return ok({ next, events: [event] });
};
