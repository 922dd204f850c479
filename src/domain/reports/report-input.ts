import type { Reaudit } from '../reaudits/reaudit';
import type { Action } from '../records/action';
import type { Audit } from '../records/audit';
import type { Cycle } from '../records/cycle';
import type { FeedbackEntry } from '../records/feedback';
import type { Moderation } from '../records/moderation';
import type { GradeTargets } from './targets';

/**
 * What a report is built from: the cycles it covers and their records, already narrowed to the
 * reader's reach (a service, a team). Moderations, actions and re-audits are matched to the
 * audits given, so wider lists may be passed.
 */
export interface ReportInput {
  /** The cycles of the trend: the period's and any earlier ones to compare with. */
  readonly cycles: readonly Cycle[];
  /** The cycles the figures are for (one for a findings report, a year's for the annual). */
  readonly period: readonly string[];
  /** Audits of every cycle given; those outside the period count in the trend only. */
  readonly audits: readonly Audit[];
  readonly moderations: readonly Moderation[];
  readonly actions: readonly Action[];
  readonly reaudits: readonly Reaudit[];
  /** Feedback register entries received in the period. */
  readonly feedback: readonly FeedbackEntry[];
  readonly targets: GradeTargets;
  /** ISO date. */
  readonly today: string;
}
