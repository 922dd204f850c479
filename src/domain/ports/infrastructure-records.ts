/** Records that support the service rather than the framework: audit log, outbox, references. */

/** Who did what: SharePoint's version history shows only the app as editor. */
export interface AuditLogEntry {
  readonly id: string;
  readonly at: string;
  /** Entra object id of the actor, or 'system'. */
  readonly actorOid: string;
  /** e.g. 'audit.read', 'audit.submit', 'action.verify', 'access.denied'. */
  readonly action: string;
  /** e.g. 'audit:A-12' — a record reference, never a name. */
  readonly record: string;
  /** Names of the fields changed; never their values. */
  readonly changedFields: readonly string[];
  readonly outcome: 'ok' | 'denied' | 'failed';
}

export const OUTBOX_STATUSES = ['Pending', 'Sent', 'Failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** One notification to one recipient, keyed by (event, recipient) so it is sent exactly once. */
export interface OutboxRow {
  readonly id: string;
  /** Unique: `${eventKey}|${recipientId}`. */
  readonly dedupeKey: string;
  readonly eventKind: string;
  readonly recipientId: string;
  readonly recordRef: string;
  readonly card: string;
  /** JSON of the card model (no child's name). */
  readonly payload: string;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly activityId: string | null;
  readonly lastError: string;
  readonly notBefore: string | null;
  readonly createdAt: string;
}

/** Where to send proactive messages: one per user (personal scope) or channel. */
export interface ConversationReference {
  readonly id: string;
  /** Entra object id of the user, or the channel id for team scope. */
  readonly key: string;
  readonly scope: 'personal' | 'team';
  readonly conversationId: string;
  readonly serviceUrl: string;
  readonly tenantId: string;
  readonly updatedAt: string;
}

/**
 * The stages of reminders, in order: each is raised once for a due date. An action goes on to
 * its overdue escalations; an occurrence of the QA schedule to 'Missed'.
 */
export const REMINDER_STAGES = [
  'None',
  'DueSoon',
  'Due',
  'OverdueTeamManager',
  'OverdueHeadOfService',
  'Missed',
] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];

/**
 * How far an action's reminders have gone for its current due date, so the reminder scan raises
 * each stage once and never asks the outbox again (a new due date starts over).
 */
export interface ReminderRecord {
  /** The action's id, or the scheduled activity's. */
  readonly id: string;
  readonly dueDate: string;
  readonly stage: ReminderStage;
  readonly updatedAt: string;
}

/**
 * Which server instance runs a background job, until when. An instance runs the job only while
 * it holds the lease; taking it is an optimistic write (a create, or an update at the version
 * read), so of two instances at once only one wins, and a holder that stops is replaced once
 * its lease expires.
 */
export interface JobLease {
  /** The job's name. */
  readonly id: string;
  /** The instance holding it (a random id per process). */
  readonly holder: string;
  readonly expiresAt: string;
  readonly renewedAt: string;
}

/**
 * One part of a committed draw kept for replay (`encodeKeptDraw`): a note column holds at most
 * 63,999 characters, so a council-size draw is kept in parts of the same text, in order.
 */
export interface DrawPart {
  /** `${cycleId}-D${part}`. */
  readonly id: string;
  readonly cycleId: string;
  /** 0-based. */
  readonly part: number;
  readonly parts: number;
  readonly content: string;
}
