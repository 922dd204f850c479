/** One row of the cycle-by-cycle table: cells already in words (small groups as counts). */
export interface CycleRow {
  readonly id: string;
  readonly cycle: string;
  readonly scored: number;
  readonly criteria: readonly string[];
  readonly agreement: string;
}

/** One scored audit, by case number, each criterion in the rubric's words. */
export interface AuditRow {
  readonly id: string;
  readonly caseNumber: string;
  readonly cycle: string;
  readonly scores: readonly string[];
  readonly scoredAt: string;
}
