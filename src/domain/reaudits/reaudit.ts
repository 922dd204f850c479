import type { Grade } from '../records/grade';

/**
 * A re-audit's states: scheduled (due from a date, into the first planned cycle from then),
 * allocated (in a committed draw, with its audit), or cancelled with the reason why. It is
 * done once its audit's grade stands; the tracker works that out from the audit.
 */
export const REAUDIT_STATES = ['Scheduled', 'Allocated', 'Cancelled'] as const;
export type ReauditState = (typeof REAUDIT_STATES)[number];

/** Weeks from the grade standing to the re-audit, unless the service sets otherwise. */
export const DEFAULT_REAUDIT_WEEKS = 12;

/**
 * A re-audit of a case whose audit was graded Inadequate or Requires improvement to be good.
 * Keyed by the earlier audit, so scheduling it again finds it and makes nothing twice.
 */
export interface Reaudit {
  /** `RA-<earlier audit id>`. */
  readonly id: string;
  readonly caseNumber: string;
  readonly earlierAuditId: string;
  readonly earlierCycleId: string;
  readonly serviceAreaId: string;
  /** The grade that stood for the earlier audit. */
  readonly gradeBefore: Grade;
  /** ISO date the earlier grade stood (moderated, or submitted when no moderation). */
  readonly gradedOn: string;
  /** ISO date: the re-audit goes into the first planned cycle starting on or after it. */
  readonly dueFrom: string;
  /** The cycle it is planned into (or went into); null while no later cycle is planned. */
  readonly targetCycleId: string | null;
  readonly state: ReauditState;
  /** The re-audit's own audit, once allocated. */
  readonly auditId: string | null;
  /** Why it was cancelled; '' otherwise. */
  readonly reason: string;
  /** ISO timestamp. */
  readonly scheduledAt: string;
}

export const reauditIdFor = (earlierAuditId: string): string => `RA-${earlierAuditId}`;

/** A scheduled re-audit as the draw reads it: the case, and the audit it re-audits. */
export interface DueReaudit {
  readonly caseNumber: string;
  readonly earlierAuditId: string;
}
