import type { Case } from '../records/case';
import type { Cycle } from '../records/cycle';
import type { DueReaudit } from '../reaudits/reaudit';
import type { StaffMember, Team } from '../records/staff';

/** How many cases to draw: so many for each auditor, or a total for the cycle. */
export type SampleSize =
  | { readonly kind: 'perAuditor'; readonly casesPerAuditor: number }
  | { readonly kind: 'total'; readonly totalCases: number };

/**
 * Which audits get a moderator at allocation (section 7, step 4). Each share is 0..1 of the
 * audits concerned. Auditors whose agreement rate with moderators is below the threshold get the
 * larger share; an auditor with no agreement rate yet gets the ordinary share.
 */
export interface ModerationRules {
  readonly share: number;
  readonly lowAgreementThreshold: number;
  readonly lowAgreementShare: number;
  /** Agreement rate (0..1) by auditor's staff id, e.g. from `moderationAgreement`. */
  readonly auditorAgreement: Readonly<Partial<Record<string, number>>>;
}

/** A case audited in an earlier cycle, as read from the audit allocation tracker. */
export interface AuditHistoryEntry {
  readonly caseNumber: string;
  readonly cycleId: string;
  /** ISO date. */
  readonly cycleStartDate: string;
}

export interface DrawInput {
  /** The open-case register. */
  readonly register: readonly Case[];
  readonly staff: readonly StaffMember[];
  readonly teams: readonly Team[];
  readonly cycle: Cycle;
  /** Unsigned 32-bit whole number; the same seed and register always give the same draw. */
  readonly seed: number;
  readonly sampleSize: SampleSize;
  /** Share the sample across cohorts in proportion to the register (largest-remainder rounding). */
  readonly stratifyByCohort: boolean;
  /** Leave out cases audited in this many most recent earlier cycles (0: none left out). */
  readonly excludeRecentCycles: number;
  readonly history: readonly AuditHistoryEntry[];
  readonly moderation: ModerationRules;
  /**
   * Re-audits due by the cycle's start: allocated first, before the random sample, even when
   * audited recently (draws kept before re-audits have none).
   */
  readonly reaudits?: readonly DueReaudit[];
}
