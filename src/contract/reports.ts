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
export interface BriefingResponse {
  readonly cycleId: string;
  readonly headings: readonly string[];
  readonly sections: Readonly<Record<string, readonly string[]>>;
  readonly made: LearningReportDto | null;
}

/** `POST /api/reports/briefing/:cycleId/document`. */
export interface BriefingRequest {
  readonly sections: Readonly<Record<string, readonly string[]>>;
}
