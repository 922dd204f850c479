import type { ActionCounts } from '../domain/analytics/action-counts';
import type { CycleTrend } from '../domain/analytics/cycle-trends';
import type { DisagreementDirection } from '../domain/analytics/disagreement-direction';
import type { GradeDistributions } from '../domain/analytics/grade-distributions';
import type { ModerationKappa } from '../domain/analytics/moderation-agreement';
import type { Timeliness } from '../domain/analytics/timeliness';
import type { RecordKind } from '../domain/ports/store';
import type { ReportFigures } from '../domain/reports/report-figures';
import type { ReadFlag } from '../domain/ports/versioned';
import type { Names } from './common';
import type { CycleDto } from './cycles';

/**
 * `GET /api/dashboard?cycleId=&serviceAreaId=&teamId=`. Heads of service see their service,
 * team managers their team; the QA lead, PSW, assistant director and director anything.
 */
export interface DashboardQuery {
  readonly cycleId?: string;
  readonly serviceAreaId?: string;
  readonly teamId?: string;
}

export interface DashboardResponse {
  /** The filters applied (a head of service's or team manager's own are applied for them). */
  readonly filters: DashboardQuery;
  readonly grades: GradeDistributions;
  readonly gradesByTeam: readonly (GradeDistributions & { readonly key: string })[];
  readonly moderation: ModerationKappa;
  readonly disagreement: readonly DisagreementDirection[];
  readonly auditTimeliness: Timeliness;
  readonly moderationTimeliness: Timeliness;
  readonly actions: ActionCounts;
  readonly actionsByTeam: readonly (ActionCounts & { readonly key: string })[];
  readonly trends: readonly CycleTrend[];
  readonly names: Names;
}

/** `?serviceAreaId=&teamId=` on a report: narrowed to the caller's reach. */
export interface ReportQuery {
  readonly serviceAreaId?: string;
  readonly teamId?: string;
}

/**
 * `GET /api/reports/findings/:cycleId?serviceAreaId=&teamId=`: every figure of the six-weekly
 * findings report (the same the documents print), with the names of the services, teams and
 * staff they refer to. Cases by case number only.
 */
export interface FindingsReportResponse {
  readonly cycle: CycleDto;
  /** The filters applied (a head of service's own service is applied for them). */
  readonly filters: ReportQuery;
  readonly figures: ReportFigures;
  readonly names: Names;
}

/**
 * `GET /api/reports/annual/:year?serviceAreaId=&teamId=`: the figures of a financial year
 * (`year` 2026: April 2026 to March 2027), over the cycles that start in it.
 */
export interface AnnualFiguresResponse {
  readonly year: string;
  /** As it reads: "2026 to 2027". */
  readonly yearText: string;
  readonly filters: ReportQuery;
  readonly figures: ReportFigures;
  readonly names: Names;
}

/** `GET /api/lists/health` (QA lead): records whose hand-edited values could not be read. */
export interface ListHealthResponse {
  readonly lists: readonly {
    readonly kind: RecordKind;
    readonly total: number;
    readonly flagged: readonly {
      readonly key: string;
      readonly version: string;
      readonly flags: readonly ReadFlag[];
    }[];
  }[];
}
