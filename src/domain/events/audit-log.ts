import { isScheduleEvent, type DomainEvent, type DomainEventKind } from './domain-event';
import { eventKey } from './event-key';

/**
 * One line of the audit log. It holds no sensitive value: no names, no grades, no free text
 * (reasons and notes stay on their records); the case number appears only as the record
 * reference.
 */
export interface AuditLogEntry {
  readonly key: string;
  readonly at: string;
  readonly actorId: string;
  readonly kind: DomainEventKind;
  readonly recordType: 'Audit' | 'Action' | 'Schedule';
  readonly recordId: string;
  /** '' for an event about the QA schedule, which is about no case. */
  readonly caseNumber: string;
  readonly summary: string;
}

const SUMMARIES: Readonly<Record<DomainEventKind, string>> = {
  AuditAllocated: 'Audit allocated',
  AuditReallocated: 'Audit reallocated to another auditor',
  AuditStarted: 'Audit started',
  AuditSubmitted: 'Audit submitted',
  GradedInadequate: 'Inadequate alert raised',
  GradeShared: 'Grade shared with the practitioner',
  ModeratorAssigned: 'Moderator assigned',
  ModerationAgreed: 'Moderation agreed',
  ModerationDisagreed: 'Moderation disagreed; learning conversation due',
  DisagreementResolved: 'Disagreement resolved',
  ModerationResponded: "Auditor answered the moderator's disagreement",
  AuditQualityScored: 'Quality of the audit scored by the moderator',
  AlertAcknowledged: 'Inadequate alert acknowledged',
  AuditClosed: 'Audit closed',
  ActionCreated: 'Action created',
  ActionDueSoon: 'Action due soon: reminder',
  ActionDue: 'Action due today: reminder',
  ActionOverdue: 'Action overdue: escalated',
  ActionProgressed: 'Action progress recorded',
  ActionReviewedInSupervision: 'Action reviewed in supervision',
  ActionCompleted: 'Action completed',
  ActionVerified: 'Action verified',
  ClosureRequested: 'Closure requested',
  ClosureApproved: 'Closure approved',
  ClosureReturned: 'Closure returned (reason recorded on the action)',
  ActionNotCompleted: 'Action not completed (reason recorded on the action)',
  OccurrenceDueSoon: 'Scheduled activity due soon: reminder',
  OccurrenceDue: 'Scheduled activity due today: reminder',
  OccurrenceMissed: 'Scheduled activity missed: escalated to the QA lead',
};

/** Non-sensitive particulars worth logging: dates and escalation levels only. */
const detailOf = (event: DomainEvent): string => {
  switch (event.kind) {
    case 'ActionCreated':
    case 'ActionDueSoon':
    case 'ActionDue':
    case 'OccurrenceDueSoon':
    case 'OccurrenceDue':
    case 'OccurrenceMissed':
      return ` (due ${event.dueDate})`;
    case 'ActionOverdue':
      return ` to ${event.escalatedTo === 'TeamManager' ? 'team manager' : 'head of service'} (due ${event.dueDate})`;
    case 'ActionReviewedInSupervision':
      return ` on ${event.date}`;
    default:
      return '';
  }
};

const recordOf = (
  event: DomainEvent,
): Pick<AuditLogEntry, 'recordType' | 'recordId' | 'caseNumber'> => {
  if (isScheduleEvent(event)) {
    return { recordType: 'Schedule', recordId: event.activityId, caseNumber: '' };
  }
  return 'actionId' in event
    ? { recordType: 'Action', recordId: event.actionId, caseNumber: event.caseNumber }
    : { recordType: 'Audit', recordId: event.auditId, caseNumber: event.caseNumber };
};

export const auditLogEntry = (event: DomainEvent): AuditLogEntry => ({
  key: eventKey(event),
  at: event.at,
  actorId: event.actorId,
  kind: event.kind,
  ...recordOf(event),
  summary: `${SUMMARIES[event.kind]}${detailOf(event)}`,
});
