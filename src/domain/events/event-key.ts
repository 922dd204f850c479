import type { DomainEvent } from './domain-event';

/** Reminder levels in a reminder's key: 'None' for a reminder to the action's owner. */
export type ReminderLevel = 'None' | 'TeamManager' | 'HeadOfService';

/** The stable key of a reminder: the same action, due date and level always give the same key. */
export const reminderKey = (
  kind: 'ActionDueSoon' | 'ActionDue' | 'ActionOverdue',
  actionId: string,
  dueDate: string,
  level: ReminderLevel,
): string => `${kind}:${actionId}:${dueDate}:${level}`;

/** The stable key of a schedule reminder: the same activity, due date and stage, the same key. */
export const occurrenceKey = (
  kind: 'OccurrenceDueSoon' | 'OccurrenceDue' | 'OccurrenceMissed',
  activityId: string,
  dueDate: string,
): string => `${kind}:${activityId}:${dueDate}`;

/**
 * The stable key of an event. Reminders are keyed by action (or scheduled activity), due date
 * and level, so a rerun of the reminder scan produces the same keys; every other event is keyed by what it is about and
 * when it happened, which a retried send of the stored event repeats exactly.
 */
export const eventKey = (event: DomainEvent): string => {
  switch (event.kind) {
    case 'ActionDueSoon':
    case 'ActionDue':
      return reminderKey(event.kind, event.actionId, event.dueDate, 'None');
    case 'ActionOverdue':
      return reminderKey(event.kind, event.actionId, event.dueDate, event.escalatedTo);
    case 'ActionCreated':
    case 'ActionProgressed':
    case 'ActionReviewedInSupervision':
    case 'ActionCompleted':
    case 'ActionVerified':
    case 'ClosureRequested':
    case 'ClosureApproved':
    case 'ClosureReturned':
    case 'ActionNotCompleted':
      return `${event.kind}:${event.actionId}:${event.at}`;
    case 'OccurrenceDueSoon':
    case 'OccurrenceDue':
    case 'OccurrenceMissed':
      return occurrenceKey(event.kind, event.activityId, event.dueDate);
    case 'AuditAllocated':
    case 'AuditReallocated':
    case 'AuditStarted':
    case 'AuditSubmitted':
    case 'GradedInadequate':
    case 'GradeShared':
    case 'ModeratorAssigned':
    case 'ModerationAgreed':
    case 'ModerationDisagreed':
    case 'DisagreementResolved':
    case 'ModerationResponded':
    case 'AuditQualityScored':
    case 'AlertAcknowledged':
    case 'AuditClosed':
      return `${event.kind}:${event.auditId}:${event.at}`;
  }
};

/** The notification outbox's key: one row, and one card, per event and recipient. */
export const dedupeKey = (event: DomainEvent, recipientId: string): string =>
  `${eventKey(event)}:${recipientId}`;
