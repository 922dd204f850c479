import { SYSTEM_ACTOR_ID } from '../records/actor';
import type { Action, EscalationLevel } from '../records/action';
import { isOpenAction, OPEN_ACTION_STATES } from '../records/action';
import type { DomainEvent } from '../events/domain-event';
import { eventKey } from '../events/event-key';
import { daysBetween } from '../calendar/calendar';
import type { ReminderPolicy } from './policy';
import { DEFAULT_REMINDER_POLICY } from './policy';

/** Only actions still being worked on (open) are reminded. */
export const REMINDED_STATES = OPEN_ACTION_STATES;

export interface DueReminder {
  /** `${kind}:${actionId}:${dueDate}:${level}`: the same on every run for the same reminder. */
  readonly key: string;
  readonly event: DomainEvent;
}

/** How far an action has escalated on a given day: overdue → team manager → head of service. */
export const escalationOn = (
  action: Action,
  today: string,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): EscalationLevel => {
  const overdue = daysBetween(action.dueDate, today);
  if (!isOpenAction(action) || overdue === null || overdue < 1) return 'None';
  return overdue > policy.headOfServiceAfterDays ? 'HeadOfService' : 'TeamManager';
};

const remindersFor = (action: Action, today: string, policy: ReminderPolicy): DomainEvent[] => {
  const base = {
    at: today,
    actorId: SYSTEM_ACTOR_ID,
    actionId: action.id,
    auditId: action.auditId,
    caseNumber: action.caseNumber,
    dueDate: action.dueDate,
  };
  const daysLeft = daysBetween(today, action.dueDate);
  // A due date that is not a real date (a hand edit in SharePoint) is flagged by the store,
  // not reminded on.
  if (daysLeft === null) return [];
  if (daysLeft > 0) {
    return daysLeft <= policy.dueSoonDays ? [{ ...base, kind: 'ActionDueSoon' }] : [];
  }
  if (daysLeft === 0) return [{ ...base, kind: 'ActionDue' }];
  const toTeamManager = {
    ...base,
    kind: 'ActionOverdue' as const,
    escalatedTo: 'TeamManager' as const,
  };
  return escalationOn(action, today, policy) === 'HeadOfService'
    ? [toTeamManager, { ...toTeamManager, escalatedTo: 'HeadOfService' }]
    : [toTeamManager];
};

/**
 * Scans the actions for reminders due today. A reminder is due on every day of its window (so a
 * missed scheduler run catches up): due-soon in the N days before the due date, due on the day,
 * overdue to the team manager from the day after, and to the head of service once more than M
 * days overdue. Keys are deterministic, so a rerun produces the same keys: pass the keys already
 * raised (or rely on the outbox's unique key) and nothing is raised twice.
 */
export const remindersDue = (
  actions: readonly Action[],
  today: string,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
  alreadyRaised: ReadonlySet<string> = new Set(),
): DueReminder[] =>
  actions
    .filter(isOpenAction)
    .flatMap((action) => remindersFor(action, today, policy))
    .map((event) => ({ key: eventKey(event), event }))
    .filter((reminder) => !alreadyRaised.has(reminder.key));
