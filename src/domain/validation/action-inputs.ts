import { z } from 'zod';
import type { ReasonInput } from '../lifecycle/action-closure';
import type { CompleteActionInput } from '../lifecycle/action-complete';
import type { RecordProgressInput, SupervisionReviewInput } from '../lifecycle/action-progress';
import type { Clock } from '../lifecycle/clock';
import { isoDate, LIMITS, requiredText, text } from './primitives';

type Body<T extends Clock> = Omit<T, 'now'>;

export const recordProgressSchema = z.strictObject({
  note: requiredText(LIMITS.note),
}) satisfies z.ZodType<Body<RecordProgressInput>>;

/** Whether the date is in the future is the transition's check: it knows today. */
export const supervisionReviewSchema = z.strictObject({
  date: isoDate,
  note: text(LIMITS.note),
}) satisfies z.ZodType<Body<SupervisionReviewInput>>;

export const completeActionSchema = z.strictObject({
  evidence: requiredText(LIMITS.long),
}) satisfies z.ZodType<Body<CompleteActionInput>>;

/** Returning a closure, or recording an action not completed: a reason is required. */
export const reasonSchema = z.strictObject({
  reason: requiredText(LIMITS.note),
}) satisfies z.ZodType<Body<ReasonInput>>;
