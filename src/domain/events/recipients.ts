import { SYSTEM_ACTOR_ID } from '../records/actor';
import type { CaseEvent, ScheduleEvent, ScheduleEventKind } from './domain-event';

/** The people named on the audit allocation tracker, and the action's owner for action events. */
export interface AuditParties {
  readonly auditorId: string;
  readonly workerId: string;
  readonly teamManagerId: string;
  readonly moderatorId: string | null;
  /** The case's service area. */
  readonly serviceAreaId: string;
  /** For events about an action: its owner. */
  readonly actionOwnerId?: string | null;
}

export interface RecipientContext {
  readonly parties: AuditParties;
  /** Directory lookups, from the Staff list. */
  readonly headsOfService: (serviceAreaId: string) => readonly string[];
  readonly qaLeads: () => readonly string[];
}

type CaseEventKind = CaseEvent['kind'];
type EventOf<K extends CaseEventKind> = Extract<CaseEvent, { kind: K }>;
type Rule<K extends CaseEventKind> = (
  event: EventOf<K>,
  context: RecipientContext,
) => readonly (string | null | undefined)[];

const heads = (c: RecipientContext) => c.headsOfService(c.parties.serviceAreaId);
const owner = (c: RecipientContext) => c.parties.actionOwnerId;
const nobody = () => [];

/** Who hears of each event. Events mapped to nobody are logged only. */
const RECIPIENTS: { readonly [K in CaseEventKind]: Rule<K> } = {
  AuditAllocated: (_, c) => [
    c.parties.auditorId,
    c.parties.workerId,
    c.parties.teamManagerId,
    c.parties.moderatorId,
  ],
  AuditReallocated: (e, c) => [
    c.parties.auditorId,
    e.previousAuditorId,
    c.parties.workerId,
    c.parties.teamManagerId,
  ],
  AuditStarted: nobody,
  AuditSubmitted: (_, c) =>
    c.parties.moderatorId === null ? c.qaLeads() : [c.parties.moderatorId],
  GradedInadequate: (_, c) => [...heads(c), c.parties.teamManagerId],
  GradeShared: (_, c) => [c.parties.workerId],
  ModeratorAssigned: (e) => [e.moderatorId],
  ModerationAgreed: (_, c) => [c.parties.auditorId],
  ModerationDisagreed: (_, c) => [c.parties.auditorId],
  DisagreementResolved: (_, c) => [c.parties.auditorId, c.parties.moderatorId],
  ModerationResponded: (_, c) => [c.parties.moderatorId],
  AuditQualityScored: (_, c) => [c.parties.auditorId],
  AlertAcknowledged: nobody,
  AuditClosed: (_, c) => [c.parties.workerId, c.parties.teamManagerId],
  ActionCreated: (_, c) => [owner(c)],
  ActionDueSoon: (_, c) => [owner(c)],
  ActionDue: (_, c) => [owner(c)],
  ActionOverdue: (e, c) =>
    e.escalatedTo === 'TeamManager' ? [owner(c), c.parties.teamManagerId] : heads(c),
  ActionProgressed: nobody,
  ActionReviewedInSupervision: nobody,
  ActionCompleted: (_, c) => c.qaLeads(),
  ActionVerified: (_, c) => [owner(c)],
  ClosureRequested: (_, c) => heads(c),
  ClosureApproved: (_, c) => [owner(c), c.parties.teamManagerId],
  ClosureReturned: (_, c) => [owner(c), c.parties.teamManagerId],
  ActionNotCompleted: (_, c) => [owner(c), c.parties.teamManagerId],
};

const applyRule = <K extends CaseEventKind>(
  kind: K,
  event: EventOf<K>,
  context: RecipientContext,
) => RECIPIENTS[kind](event, context);

/**
 * The staff ids to notify of an event: each once, and never the person who caused it (the
 * scheduler's events go to everyone named).
 */
export const recipientsOf = (event: CaseEvent, context: RecipientContext): string[] =>
  eachOnce(event, applyRule(event.kind, event, context));

/** Who a scheduled activity is for: its named owner, or whoever holds the owner role. */
export interface ScheduleRecipientContext {
  readonly owners: readonly string[];
  readonly qaLeads: () => readonly string[];
}

/** Who hears of each schedule reminder: the owners, and once missed the QA lead too. */
const SCHEDULE_RECIPIENTS: {
  readonly [K in ScheduleEventKind]: (context: ScheduleRecipientContext) => readonly string[];
} = {
  OccurrenceDueSoon: (c) => c.owners,
  OccurrenceDue: (c) => c.owners,
  OccurrenceMissed: (c) => [...c.owners, ...c.qaLeads()],
};

export const scheduleRecipientsOf = (
  event: ScheduleEvent,
  context: ScheduleRecipientContext,
): string[] => eachOnce(event, SCHEDULE_RECIPIENTS[event.kind](context));

function eachOnce(
  event: CaseEvent | ScheduleEvent,
  named: readonly (string | null | undefined)[],
): string[] {
  const unique = [
    ...new Set(named.filter((id): id is string => typeof id === 'string' && id !== '')),
  ];
  return event.actorId === SYSTEM_ACTOR_ID ? unique : unique.filter((id) => id !== event.actorId);
}
