import { daysBetween } from '../calendar/calendar';
import type { ScheduleEvent } from '../events/domain-event';
import type { ReminderStage } from '../ports/infrastructure-records';
import { REMINDER_STAGES } from '../ports/infrastructure-records';
import { SYSTEM_ACTOR_ID } from '../records/actor';
import type { ScheduleActivity } from '../records/schedule';
import type { StaffMember } from '../records/staff';

/** When the QA schedule reminds, in days: a week's notice, and missed the day after. */
export interface ScheduleReminderPolicy {
  readonly dueSoonDays: number;
}

export const DEFAULT_SCHEDULE_REMINDER_POLICY: ScheduleReminderPolicy = { dueSoonDays: 7 };

/** The stages an occurrence goes through, in order; each is raised once for a due date. */
export type OccurrenceStage = Extract<ReminderStage, 'None' | 'DueSoon' | 'Due' | 'Missed'>;

/** Where an activity's next occurrence stands on a day; an activity done as required has none. */
export const occurrenceStageOn = (
  activity: ScheduleActivity,
  today: string,
  policy: ScheduleReminderPolicy = DEFAULT_SCHEDULE_REMINDER_POLICY,
): OccurrenceStage => {
  const daysLeft = activity.nextDue === null ? null : daysBetween(today, activity.nextDue);
  if (daysLeft === null || daysLeft > policy.dueSoonDays) return 'None';
  if (daysLeft > 0) return 'DueSoon';
  return daysLeft === 0 ? 'Due' : 'Missed';
};

/** What has been raised so far for an activity: the stage, for the due date it applied to. */
export interface RaisedSoFar {
  readonly dueDate: string;
  readonly stage: ReminderStage;
}

const KIND_OF = {
  DueSoon: 'OccurrenceDueSoon',
  Due: 'OccurrenceDue',
  Missed: 'OccurrenceMissed',
} as const;

/**
 * The reminders newly due for an activity's next occurrence: each stage once for a due date
 * (recording the occurrence moves the date on, and the stages start over). A stage passed while
 * no scan ran is not raised late: only the stage the date has reached is.
 */
export const newOccurrenceReminders = (
  activity: ScheduleActivity,
  soFar: RaisedSoFar | undefined,
  today: string,
  policy: ScheduleReminderPolicy = DEFAULT_SCHEDULE_REMINDER_POLICY,
): { readonly stage: ReminderStage; readonly events: ScheduleEvent[] } => {
  const stage = occurrenceStageOn(activity, today, policy);
  const before = soFar?.dueDate === activity.nextDue ? soFar.stage : 'None';
  const rank = (s: ReminderStage) => REMINDER_STAGES.indexOf(s);
  if (stage === 'None' || activity.nextDue === null || rank(stage) <= rank(before)) {
    return { stage: before, events: [] };
  }
  const event: ScheduleEvent = {
    kind: KIND_OF[stage],
    at: today,
    actorId: SYSTEM_ACTOR_ID,
    activityId: activity.id,
    activity: activity.activity,
    dueDate: activity.nextDue,
  };
  return { stage, events: [event] };
};

/**
 * Who an activity is for: its named owner while active; else (or if they have left) everyone
 * active in the owner role.
 */
export const activityOwners = (
  activity: ScheduleActivity,
  staff: readonly StaffMember[],
): string[] => {
  const named = staff.find((s) => s.id === activity.ownerId && s.active);
  if (named !== undefined) return [named.id];
  return staff.filter((s) => s.active && s.role === activity.ownerRole).map((s) => s.id);
};
