import type { LearningReport } from '../domain/records/learning-report';

/** A report made, as the tab lists it: where its file is, its version, who made it and when. */
export interface LearningReportDto {
  readonly report: Omit<LearningReport, 'narrative'>;
  readonly label: string;
  readonly madeByName: string;
  /** `GET` it (with the caller's token) for the file's bytes. */
  readonly contentPath: string;
}

/** `POST /api/reports/{findings|briefing}/:cycleId/document`, `/annual/:year/document`. */
export interface ReportDocumentResponse {
  readonly made: LearningReportDto;
}

/** `GET /api/reports/documents?period=`: the reports made that the caller may read. */
export interface ReportDocumentListResponse {
  readonly items: readonly LearningReportDto[];
}

/** `POST /api/reports/findings/:cycleId/document` and the annual report's. */
export interface ReportNarrativeRequest {
  readonly narrative: string;
}

/**
 * `GET /api/reports/briefing/:cycleId`: the seven-minute briefing's key messages, as saved or
 * drafted from the cycle's figures and confirmed themes, under the seven headings.
 */
export interface BriefingDiscussionDto {
  readonly id: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly discussedOn: string;
  readonly area: string;
  readonly areaLabel: string;
  readonly use: string;
  /** The team's grade in that area in each later cycle, in words ("2 of 3 (small group)"). */
  readonly followUp: readonly { readonly cycleName: string; readonly goodOrBetter: string }[];
}

/** `POST /api/reports/briefing/:cycleId/discussions`: a team discussed the briefing. */
export interface BriefingDiscussionRequest {
  readonly teamId: string;
  readonly discussedOn: string;
  readonly area: string;
  readonly use: string;
}

export interface BriefingResponse {
  readonly cycleId: string;
  /** Each team's record that it discussed the briefing, with what came of it since. */
  readonly discussions: readonly BriefingDiscussionDto[];
  readonly headings: readonly string[];
  readonly sections: Readonly<Record<string, readonly string[]>>;
  readonly made: LearningReportDto | null;
}

/** `POST /api/reports/briefing/:cycleId/document`. */
export interface BriefingRequest {
  readonly sections: Readonly<Record<string, readonly string[]>>;
}
