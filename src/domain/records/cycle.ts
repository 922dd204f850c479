/** Kinds of audit cycle in the framework's methods of quality assurance. */
export const CYCLE_KINDS = ['CaseFileAudit', 'Thematic', 'DipSample', 'MultiAgency'] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];

export const CYCLE_STATES = ['Planned', 'Allocated', 'Closed'] as const;
export type CycleState = (typeof CYCLE_STATES)[number];

/** Timescales given at allocation (section 7, step 1), in days from the allocation date. */
export interface Timescales {
  readonly auditDays: number;
  readonly moderationDays: number;
  /** Default timescale for actions that are not flagged immediate. */
  readonly actionDays: number;
  /** Timescale for actions flagged "immediate, to meet good". */
  readonly immediateActionDays: number;
  /**
   * Weeks from an Inadequate or Requires-improvement grade in this cycle standing to the case's
   * re-audit; null for the service's (AUDITLOOP_REAUDIT_WEEKS, 12 unless set).
   */
  readonly reauditWeeks: number | null;
}

export const DEFAULT_TIMESCALES: Timescales = {
  auditDays: 20,
  moderationDays: 30,
  actionDays: 28,
  immediateActionDays: 5,
  reauditWeeks: null,
};

export interface Cycle {
  readonly id: string;
  readonly name: string;
  readonly kind: CycleKind;
  readonly state: CycleState;
  /** ISO dates (YYYY-MM-DD). */
  readonly startDate: string;
  readonly endDate: string;
  readonly timescales: Timescales;
  /** For thematic audits and dip samples: the theme or question under review. */
  readonly theme: string;
  /** The seed used for the allocation draw, once drawn. */
  readonly seed: number | null;
  /** Who closed the cycle and when (null while open, or closed before closures were kept). */
  readonly closure: CycleClosure | null;
}

export interface CycleClosure {
  /** ISO timestamp. */
  readonly closedAt: string;
  /** Staff id, or 'system' when the scheduler closed it with every audit done. */
  readonly closedBy: string;
  /** Why it closed with audits still open; '' when every audit was moderated or closed. */
  readonly reason: string;
}
