/** The documents of section 6 of the framework, made from the records (issue 14). */
export const REPORT_KINDS = [
  'FindingsReport',
  'SevenMinuteBriefing',
  'AnnualReport',
  'Trackers',
  'EvidencePack',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  FindingsReport: 'Findings report',
  SevenMinuteBriefing: 'Seven-minute briefing',
  AnnualReport: 'Annual QA report',
  Trackers: 'Allocation and actions trackers',
  EvidencePack: 'Ofsted evidence pack',
};

/**
 * A report made and saved in the site's document library, with what the QA lead wrote for it
 * (the narrative, or the briefing's edited key messages) so the next version starts from it.
 * One record per report, scope and period: making it again saves a new version of the file.
 */
export interface LearningReport {
  /** `{kind}:{period}:{service or 'all'}`, e.g. `FindingsReport:CYC-2026-3:all`. */
  readonly id: string;
  readonly kind: ReportKind;
  /** The cycle, the year (`2026`), or the period (`2026-04-01..2027-03-31`) covered. */
  readonly period: string;
  /** The service a tracker is for; null for the whole service. */
  readonly serviceAreaId: string | null;
  /** The QA lead's narrative, or the briefing's sections as JSON; '' when none. */
  readonly narrative: string;
  readonly documentItemId: string;
  readonly documentName: string;
  /** The file's version in the library after this save: "1.0", "2.0"… */
  readonly documentVersion: string;
  readonly madeById: string;
  /** ISO timestamp. */
  readonly madeAt: string;
}

export const learningReportId = (
  kind: ReportKind,
  period: string,
  serviceAreaId: string | null,
): string => `${kind}:${period}:${serviceAreaId ?? 'all'}`;
