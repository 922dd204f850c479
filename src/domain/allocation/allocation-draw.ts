import type { Allocation } from '../records/audit';
import type { Cohort } from '../records/case';
import type { Replacement } from './replace-dropped';

/** Why a case on the register was not allocated in this draw. */
export const EXCLUSION_REASONS = [
  /** The case is closed on the register. */
  'closed',
  /** The case number appears more than once on the register; the first entry was used. */
  'duplicate',
  /** The case's team is not one of the service's teams. */
  'unknown-team',
  /** Audited in one of the most recent cycles. */
  'recently-audited',
  /** No active team manager outside the case's own team. */
  'no-eligible-auditor',
  /** Drawn, but no auditor outside its team had room while auditor loads stay within one. */
  'auditor-load-limit',
  /** Eligible, but not drawn at random this cycle. */
  'not-sampled',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface Exclusion {
  readonly caseNumber: string;
  readonly reason: ExclusionReason;
  readonly detail: string;
}

export interface ModeratorShare {
  readonly allocated: number;
  readonly moderated: number;
  /** moderated ÷ allocated, 0 when nothing was allocated. */
  readonly share: number;
  /** Auditors given the larger moderation share because their agreement rate is low. */
  readonly lowAgreementAuditorIds: readonly string[];
}

/** One staff member's number of audits (as auditor) or moderations (as moderator). */
export interface StaffLoad {
  readonly staffId: string;
  readonly count: number;
}

/** What the draw did with a re-audit it was asked to include. */
export const REAUDIT_OUTCOMES = [
  /** Allocated first, before the random sample. */
  'allocated',
  /** The case is closed on the register, or no longer on it: no re-audit is needed. */
  'not-open',
  /** Open, but it could not be allocated this cycle (its exclusion says why): it waits. */
  'not-allocated',
] as const;
export type ReauditOutcomeKind = (typeof REAUDIT_OUTCOMES)[number];

export interface ReauditOutcome {
  readonly earlierAuditId: string;
  readonly caseNumber: string;
  readonly outcome: ReauditOutcomeKind;
  readonly detail: string;
}

/** The result of a draw, as recorded on the audit allocation tracker. */
export interface AllocationDraw {
  /** The seed is part of the result: redrawing with it gives exactly this draw. */
  readonly seed: number;
  readonly cycleId: string;
  /** In case-number order. */
  readonly allocations: readonly Allocation[];
  /** Every register case not allocated, with its reason, in case-number order. */
  readonly excluded: readonly Exclusion[];
  /** Cases drawn per cohort (the proportional quotas when stratified). */
  readonly drawnByCohort: Readonly<Partial<Record<Cohort, number>>>;
  /** Cases dropped to balance auditor load, each with the unsampled case that took its place. */
  readonly replacements: readonly Replacement[];
  readonly moderatorShare: ModeratorShare;
  /** In staff-id order; every active auditor and moderator appears, even with none. */
  readonly auditorLoads: readonly StaffLoad[];
  readonly moderatorLoads: readonly StaffLoad[];
  /** Each re-audit the draw was asked to include, in case-number order. */
  readonly reaudits: readonly ReauditOutcome[];
}
