import type { DomainEvent, DomainEventKind } from './domain-event';
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
  readonly recordType: 'Audit' | 'Action';
  readonly recordId: string;
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
};

/** Non-sensitive particulars worth logging: dates and escalation levels only. */
const detailOf = (event: DomainEvent): string => {
  switch (event.kind) {
    case 'ActionCreated':
    case 'ActionDueSoon':
    case 'ActionDue':
      return ` (due ${event.dueDate})`;
    case 'ActionOverdue':
      return ` to ${event.escalatedTo === 'TeamManager' ? 'team manager' : 'head of service'} (due ${event.dueDate})`;
    case 'ActionReviewedInSupervision':
      return ` on ${event.date}`;
    default:
      return '';
  }
};

export const auditLogEntry = (event: DomainEvent): AuditLogEntry => {
  const isAction = 'actionId' in event;
  return {
    key: eventKey(event),
    at: event.at,
    actorId: event.actorId,
    kind: event.kind,
    recordType: isAction ? 'Action' : 'Audit',
    recordId: isAction ? event.actionId : event.auditId,
    caseNumber: event.caseNumber,
    summary: `${SUMMARIES[event.kind]}${detailOf(event)}`,
  };
};
