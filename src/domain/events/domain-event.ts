import type { Grade } from '../records/grade';
import type { ScheduleActivityKind } from '../records/schedule';

interface EventBase {
  /** ISO timestamp. */
  readonly at: string;
  /** Staff id of whoever caused the event; 'system' for the scheduler. */
  readonly actorId: string;
}

interface AuditRef {
  readonly auditId: string;
  readonly caseNumber: string;
}

interface ActionRef {
  readonly actionId: string;
  readonly auditId: string;
  readonly caseNumber: string;
}

/** An occurrence of an activity in the QA schedule (section 6), by the date it is due. */
interface OccurrenceRef {
  readonly activityId: string;
  readonly activity: ScheduleActivityKind;
  /** ISO date the occurrence is due. */
  readonly dueDate: string;
}

/**
 * Reminders of the QA schedule: to the activity's owner before and on its due date, and to the
 * QA lead (with the owner) once the date has passed with nothing recorded.
 */
export type ScheduleEvent =
  | (EventBase & OccurrenceRef & { readonly kind: 'OccurrenceDueSoon' })
  | (EventBase & OccurrenceRef & { readonly kind: 'OccurrenceDue' })
  | (EventBase & OccurrenceRef & { readonly kind: 'OccurrenceMissed' });

/**
 * Everything that notifies or is logged. Notifications, audit-log entries and reminders all
 * come from these events; who receives them is decided by `recipientsOf`.
 */
export type DomainEvent =
  | (EventBase & AuditRef & { readonly kind: 'AuditAllocated' })
  | (EventBase &
      AuditRef & { readonly kind: 'AuditReallocated'; readonly previousAuditorId: string })
  | (EventBase & AuditRef & { readonly kind: 'AuditStarted' })
  | (EventBase & AuditRef & { readonly kind: 'AuditSubmitted'; readonly grade: Grade })
  | (EventBase & AuditRef & { readonly kind: 'GradedInadequate' })
  | (EventBase & AuditRef & { readonly kind: 'GradeShared'; readonly grade: Grade })
  | (EventBase & AuditRef & { readonly kind: 'ModeratorAssigned'; readonly moderatorId: string })
  | (EventBase & AuditRef & { readonly kind: 'ModerationAgreed'; readonly moderationId: string })
  | (EventBase &
      AuditRef & {
        readonly kind: 'ModerationDisagreed';
        readonly moderationId: string;
        readonly auditorGrade: Grade;
        readonly moderatedGrade: Grade;
      })
  | (EventBase &
      AuditRef & { readonly kind: 'DisagreementResolved'; readonly moderationId: string })
  | (EventBase & AuditRef & { readonly kind: 'ModerationResponded'; readonly moderationId: string })
  | (EventBase & AuditRef & { readonly kind: 'AuditQualityScored'; readonly moderationId: string })
  | (EventBase & AuditRef & { readonly kind: 'AlertAcknowledged' })
  | (EventBase & AuditRef & { readonly kind: 'AuditClosed' })
  | (EventBase & ActionRef & { readonly kind: 'ActionCreated'; readonly dueDate: string })
  | (EventBase & ActionRef & { readonly kind: 'ActionDueSoon'; readonly dueDate: string })
  | (EventBase & ActionRef & { readonly kind: 'ActionDue'; readonly dueDate: string })
  | (EventBase &
      ActionRef & {
        readonly kind: 'ActionOverdue';
        readonly dueDate: string;
        readonly escalatedTo: 'TeamManager' | 'HeadOfService';
      })
  | (EventBase & ActionRef & { readonly kind: 'ActionProgressed' })
  | (EventBase &
      ActionRef & { readonly kind: 'ActionReviewedInSupervision'; readonly date: string })
  | (EventBase & ActionRef & { readonly kind: 'ActionCompleted' })
  | (EventBase & ActionRef & { readonly kind: 'ActionVerified' })
  | (EventBase & ActionRef & { readonly kind: 'ClosureRequested' })
  | (EventBase & ActionRef & { readonly kind: 'ClosureApproved' })
  | (EventBase & ActionRef & { readonly kind: 'ClosureReturned'; readonly reason: string })
  | (EventBase & ActionRef & { readonly kind: 'ActionNotCompleted'; readonly reason: string })
  | ScheduleEvent;

export type DomainEventKind = DomainEvent['kind'];

/** Events about a case: an audit, or an action from one. */
export type CaseEvent = Exclude<DomainEvent, ScheduleEvent>;
export type ScheduleEventKind = ScheduleEvent['kind'];

const SCHEDULE_EVENT_KINDS: readonly string[] = [
  'OccurrenceDueSoon',
  'OccurrenceDue',
  'OccurrenceMissed',
] satisfies readonly ScheduleEventKind[];

export const isScheduleEvent = (event: DomainEvent): event is ScheduleEvent =>
  SCHEDULE_EVENT_KINDS.includes(event.kind);
