import type * as C from '../../contract';
import { activityPath } from '../../contract/activity';
import { apiPath } from '../../contract/routes';
import type { ApiClient } from './client';

/** A transition's body: the version read, and the request's own fields (see the contract). */
type WriteBody = C.Versioned & Readonly<Record<string, unknown>>;

/** Every endpoint the tab uses, typed by the contract. */
export const createEndpoints = (client: ApiClient) => ({
  health: () => client.get<C.HealthResponse>(apiPath.health),
  localStaff: () => client.get<C.LocalStaffResponse>(apiPath.localStaff),
  localSignIn: (body: C.LocalSignInRequest) =>
    client.post<C.LocalSignInResponse>(apiPath.localSignIn, body),
  me: () => client.get<C.MeResponse>(apiPath.me),
  home: () => client.get<C.HomeResponse>(apiPath.home),
  myAuditQuality: (auditorId: string | null = null) =>
    client.get<C.AuditQualityResponse>(
      apiPath.myAuditQuality,
      auditorId === null ? {} : { auditorId },
    ),
  organisation: () => client.get<C.OrganisationResponse>(apiPath.organisation),
  staff: (query: C.StaffQuery = {}) => client.get<C.StaffResponse>(apiPath.staff, { ...query }),

  audits: (query: C.AuditListQuery = {}) =>
    client.get<C.AuditListResponse>(apiPath.audits, { ...query }),
  audit: (id: string) => client.get<C.AuditDetailResponse>(apiPath.audit(id)),
  saveDraft: (id: string, body: C.SaveDraftRequest) =>
    client.put<C.AuditDetailResponse>(apiPath.auditWrite(id, 'draft'), body),
  auditWrite: (id: string, endpoint: C.AuditEndpoint, body: WriteBody) =>
    client.post<C.AuditDetailResponse>(apiPath.auditWrite(id, endpoint), body),
  moderationQueue: (query: C.PageQuery = {}) =>
    client.get<C.ModerationQueueResponse>(apiPath.moderationQueue, { ...query }),

  actions: (query: C.ActionListQuery = {}) =>
    client.get<C.ActionListResponse>(apiPath.actions, { ...query }),
  action: (id: string) => client.get<C.ActionDetailResponse>(apiPath.action(id)),
  actionWrite: (id: string, endpoint: C.ActionEndpoint, body: WriteBody) =>
    client.post<C.ActionDetailResponse>(apiPath.actionWrite(id, endpoint), body),

  cycles: () => client.get<C.CycleListResponse>(apiPath.cycles),
  createCycle: (body: C.CreateCycleRequest) => client.post<C.CycleResponse>(apiPath.cycles, body),
  generateYear: (body: C.CycleYearRequest) =>
    client.post<C.CycleYearResponse>(apiPath.cycleYear, body),
  editCycle: (id: string, body: C.CycleEditRequest) =>
    client.put<C.CycleResponse>(apiPath.cycle(id), body),
  allocationPreview: (id: string, body: C.AllocationPreviewRequest) =>
    client.post<C.AllocationPreviewResponse>(apiPath.allocationPreview(id), body),
  allocationCommit: (id: string, body: C.AllocationCommitRequest) =>
    client.post<C.AllocationCommitResponse>(apiPath.allocationCommit(id), body),
  closeCycle: (id: string, body: C.CycleCloseRequest) =>
    client.post<C.CycleCloseResponse>(apiPath.cycleClose(id), body),
  drawReplay: (id: string) => client.post<C.DrawReplayResponse>(apiPath.drawReplay(id), {}),
  tracker: (id: string, query: C.PageQuery = {}) =>
    client.get<C.TrackerResponse>(apiPath.tracker(id), { ...query }),
  reaudits: () => client.get<C.ReauditListResponse>(apiPath.reaudits),

  dashboard: (query: C.DashboardQuery = {}) =>
    client.get<C.DashboardResponse>(apiPath.dashboard, { ...query }),
  findings: (cycleId: string, query: C.ReportQuery = {}) =>
    client.get<C.FindingsReportResponse>(apiPath.findings(cycleId), { ...query }),
  annual: (year: string, query: C.ReportQuery = {}) =>
    client.get<C.AnnualFiguresResponse>(apiPath.annual(year), { ...query }),
  makeFindingsReport: (cycleId: string, narrative: string) =>
    client.post<C.ReportDocumentResponse>(apiPath.findingsDocument(cycleId), { narrative }),
  briefing: (cycleId: string) => client.get<C.BriefingResponse>(apiPath.briefing(cycleId)),
  recordDiscussion: (cycleId: string, body: C.BriefingDiscussionRequest) =>
    client.post<unknown>(apiPath.briefingDiscussions(cycleId), body),
  makeBriefing: (cycleId: string, sections: C.BriefingRequest['sections']) =>
    client.post<C.ReportDocumentResponse>(apiPath.briefingDocument(cycleId), { sections }),
  makeTrackers: (cycleId: string) =>
    client.post<C.ReportDocumentListResponse>(apiPath.trackersDocument(cycleId), {}),
  makeAnnualReport: (year: string, narrative: string) =>
    client.post<C.ReportDocumentResponse>(apiPath.annualDocument(year), { narrative }),
  makeEvidencePack: (year: string) =>
    client.post<C.ReportDocumentResponse>(apiPath.evidencePackDocument(year), {}),
  reportDocuments: (period?: string) =>
    client.get<C.ReportDocumentListResponse>(apiPath.reportDocuments, { period }),
  download: (path: string) => client.download(path),
  listHealth: () => client.get<C.ListHealthResponse>(apiPath.listHealth),
  feedback: (query: C.FeedbackQuery = {}) =>
    client.get<C.FeedbackListResponse>(apiPath.feedback, { ...query }),
  createFeedback: (body: C.CreateFeedbackRequest) =>
    client.post<C.FeedbackResponse>(apiPath.feedback, body),
  observations: (query: C.ObservationQuery = {}) =>
    client.get<C.ObservationListResponse>(apiPath.observations, { ...query }),
  createObservation: (body: C.CreateObservationRequest) =>
    client.post<C.ObservationResponse>(apiPath.observations, body),
  schedule: () => client.get<C.ScheduleResponse>(apiPath.schedule),
  recordOccurrence: (id: string, body: C.RecordOccurrenceRequest) =>
    client.post<C.ScheduleActivityResponse>(apiPath.scheduleOccurrences(id), body),
  editActivity: (id: string, body: C.EditActivityRequest) =>
    client.put<C.ScheduleActivityResponse>(apiPath.scheduleActivity(id), body),

  reviews: () => client.get<C.ReviewListResponse>(apiPath.reviews),
  review: (id: string) => client.get<C.ReviewResponse>(apiPath.review(id)),
  startReview: (body: C.StartReviewRequest) => client.post<C.ReviewResponse>(apiPath.reviews, body),
  designReview: (id: string, body: C.DesignReviewRequest) =>
    client.put<C.ReviewResponse>(apiPath.reviewWrite(id, 'design'), body),
  drawReview: (id: string, body: C.DrawReviewRequest) =>
    client.post<C.ReviewResponse>(apiPath.reviewWrite(id, 'draw'), body),
  answerCase: (id: string, body: C.AnswerCaseRequest) =>
    client.post<C.ReviewResponse>(apiPath.reviewWrite(id, 'answers'), body),
  completeReview: (id: string, body: C.CompleteReviewRequest) =>
    client.post<C.ReviewResponse>(apiPath.reviewWrite(id, 'complete'), body),
  shareReview: (id: string, body: C.Versioned) =>
    client.post<C.ReviewResponse>(apiPath.reviewWrite(id, 'share'), body),

  themeVocabulary: () => client.get<C.VocabularyResponse>(apiPath.themeVocabulary),
  addTheme: (body: C.ThemeRequest) =>
    client.post<C.LearningThemeResponse>(apiPath.themeVocabulary, body),
  editTheme: (id: string, body: C.ThemeRequest & C.Versioned) =>
    client.put<C.LearningThemeResponse>(apiPath.themeVocabularyItem(id), body),
  cycleThemes: (cycleId: string) => client.get<C.CycleThemesResponse>(apiPath.cycleThemes(cycleId)),
  decideTheme: (
    cycleId: string,
    themeId: string,
    step: C.ThemeDecisionStep,
    body: C.DecideThemeRequest | C.MergeThemeRequest,
  ) => client.post<C.CycleThemesResponse>(apiPath.cycleThemeDecision(cycleId, themeId, step), body),
  registerPreview: (file: Blob, type: string) =>
    client.upload<C.ImportPreviewResponse>(apiPath.registerPreview, file, type),
  registerImport: (
    file: Blob,
    type: string,
    acceptValidRows: boolean,
    confirmClosures: number | null = null,
  ) =>
    client.upload<C.CommitImportResponse>(
      apiPath.registerImport(acceptValidRows, confirmClosures),
      file,
      type,
    ),
  registerImportProgress: (id: string) =>
    client.get<C.ImportProgressResponse>(apiPath.registerImportProgress(id)),
  registerMapping: () => client.get<C.RegisterMappingResponse>(apiPath.registerMapping),
  saveRegisterMapping: (body: C.SaveRegisterMappingRequest) =>
    client.put<C.RegisterMappingResponse>(apiPath.registerMapping, body),

  activity: () => client.get<C.ActivityResponse>(activityPath.feed),
  executeCard: (rowId: string, body: C.ActivityExecuteRequest) =>
    client.post<C.ActivityExecuteResponse>(activityPath.execute(rowId), body),
});

export type Endpoints = ReturnType<typeof createEndpoints>;
