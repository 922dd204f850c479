import { addDays, dateOf, isIsoDate } from '../calendar/calendar';
import { forbidden, type FieldIssue } from '../errors';
import { invalid } from '../errors';
import type { Actor } from '../records/actor';
import type {
  Frequency,
  OccurrenceOutcome,
  ScheduleActivity,
  ScheduleOccurrence,
} from '../records/schedule';
import type { Role } from '../records/staff';
import type { Result } from '../result';
import { fail, ok } from '../result';

/** Adds whole months to an ISO date, keeping the day where the month has it (else its last). */
export const addMonths = (isoDate: string, months: number): string => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** When the next occurrence falls due after one due on `from`; none for "as required". */
export const nextDueAfter = (frequency: Frequency, from: string): string | null => {
  switch (frequency) {
    case 'SixWeekly':
      return addDays(from, 42);
    case 'ThreeMonthly':
      return addMonths(from, 3);
    case 'SixMonthly':
      return addMonths(from, 6);
    case 'Annual':
      return addMonths(from, 12);
    case 'AsDirected':
    case 'AsRequired':
      return null;
  }
};

/** Whoever the activity is for: its named owner, anyone in the owner role, and the QA lead. */
export const mayRecordOccurrence = (actor: Actor, activity: ScheduleActivity): boolean =>
  actor.role === 'QALead' ||
  (activity.ownerId === null ? actor.role === activity.ownerRole : actor.id === activity.ownerId);

export interface RecordOccurrenceInput {
  readonly outcome: OccurrenceOutcome;
  /** ISO date done (or recorded as not done); not in the future. */
  readonly on: string;
  /** The outcome, or the reason it was not done. */
  readonly note: string;
  /** ISO timestamp now. */
  readonly now: string;
}

/**
 * The owner (or the QA lead) records the occurrence now due: done, with what came of it, or not
 * done, with why. Either way the activity moves on to its next due date by its frequency; an
 * activity done as required keeps no due date.
 */
export const recordOccurrence = (
  activity: ScheduleActivity,
  actor: Actor,
  input: RecordOccurrenceInput,
): Result<ScheduleActivity> => {
  if (!mayRecordOccurrence(actor, activity)) {
    return fail(forbidden('Only the activity’s owner or the QA lead records it.'));
  }
  const today = dateOf(input.now);
  const issues: FieldIssue[] = [];
  if (!isIsoDate(input.on)) issues.push({ field: 'on', message: 'is not a date' });
  else if (input.on > today) issues.push({ field: 'on', message: 'cannot be in the future' });
  if (input.note.trim() === '') {
    issues.push({
      field: 'note',
      message:
        input.outcome === 'Done' ? 'is required: say what came of it' : 'is required: say why',
    });
  }
  if (issues.length > 0) return fail(invalid(issues));
  const due = activity.nextDue ?? input.on;
  const occurrence: ScheduleOccurrence = {
    due,
    outcome: input.outcome,
    on: input.on,
    note: input.note.trim(),
    byId: actor.id,
  };
  return ok({
    ...activity,
    lastDone: input.outcome === 'Done' ? input.on : activity.lastDone,
    nextDue: activity.nextDue === null ? null : nextDueAfter(activity.frequency, due),
    history: [...activity.history, occurrence],
  });
};

export interface EditActivityInput {
  readonly ownerRole: Role;
  readonly ownerId: string | null;
  readonly frequency: Frequency;
  readonly nextDue: string | null;
  readonly outcomes: string;
}

/** The QA lead edits who does an activity, how often, when it is next due and what it is for. */
export const editActivity = (
  activity: ScheduleActivity,
  actor: Actor,
  input: EditActivityInput,
  owner: { readonly role: Role; readonly active: boolean } | null,
): Result<ScheduleActivity> => {
  if (actor.role !== 'QALead') return fail(forbidden('Only the QA lead edits the QA schedule.'));
  const issues: FieldIssue[] = [];
  if (input.nextDue !== null && !isIsoDate(input.nextDue)) {
    issues.push({ field: 'nextDue', message: 'is not a date' });
  }
  if (input.ownerId !== null && (owner === null || !owner.active)) {
    issues.push({ field: 'ownerId', message: 'is not an active member of staff' });
  } else if (owner !== null && owner.role !== input.ownerRole) {
    issues.push({ field: 'ownerId', message: 'does not hold the role chosen for this activity' });
  }
  if (input.outcomes.trim() === '') issues.push({ field: 'outcomes', message: 'is required' });
  if (issues.length > 0) return fail(invalid(issues));
  return ok({ ...activity, ...input, outcomes: input.outcomes.trim() });
};
