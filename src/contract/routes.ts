import type { ActionTransition, AuditTransition } from './audits';

/**
 * Where each transition is sent, so the tab can turn `allowed` into buttons: the path segment
 * after `/api/audits/:id/` or `/api/actions/:id/`. Saving a draft is `PUT /api/audits/:id/draft`;
 * every other write is a POST. Closing an audit is the server's own step, not an endpoint.
 */
export const AUDIT_ENDPOINTS = {
  saveDraft: 'draft',
  startAudit: 'start',
  submitAudit: 'submit',
  shareGrade: 'share-grade',
  addWorkerFeedback: 'worker-feedback',
  addContributor: 'contributors',
  reallocate: 'reallocate',
  assignModerator: 'moderator',
  moderate: 'moderation',
  resolveDisagreement: 'moderation/resolve',
  respondToModeration: 'moderation/respond',
  scoreAuditQuality: 'moderation/quality',
  acknowledgeAlert: 'alert/acknowledge',
  completeWithoutModeration: 'complete-without-moderation',
} as const satisfies Partial<Record<AuditTransition, string>>;

export type AuditEndpoint = (typeof AUDIT_ENDPOINTS)[keyof typeof AUDIT_ENDPOINTS];

export const ACTION_ENDPOINTS = {
  recordProgress: 'progress',
  markReviewedInSupervision: 'supervision',
  completeAction: 'complete',
  verifyAction: 'verify',
  approveClosure: 'approve',
  returnClosure: 'return',
  recordNotCompleted: 'not-completed',
} as const satisfies Record<ActionTransition, string>;

export type ActionEndpoint = (typeof ACTION_ENDPOINTS)[keyof typeof ACTION_ENDPOINTS];

const seg = (id: string): string => encodeURIComponent(id);

/** Paths of the API, for the tab's client and the tests. */
export const apiPath = {
  health: '/api/health',
  localStaff: '/api/local/staff',
  localSignIn: '/api/local/sign-in',
  me: '/api/me',
  myAuditQuality: '/api/me/audit-quality',
  home: '/api/home',
  audits: '/api/audits',
  audit: (id: string) => `/api/audits/${seg(id)}`,
  auditWrite: (id: string, endpoint: AuditEndpoint) => `/api/audits/${seg(id)}/${endpoint}`,
  actions: '/api/actions',
  action: (id: string) => `/api/actions/${seg(id)}`,
  actionWrite: (id: string, endpoint: ActionEndpoint) => `/api/actions/${seg(id)}/${endpoint}`,
  moderationQueue: '/api/moderation/queue',
  cycles: '/api/cycles',
  cycleYear: '/api/cycles/year',
  cycle: (id: string) => `/api/cycles/${seg(id)}`,
  allocationPreview: (id: string) => `/api/cycles/${seg(id)}/allocation/preview`,
  allocationCommit: (id: string) => `/api/cycles/${seg(id)}/allocation/commit`,
  tracker: (id: string) => `/api/cycles/${seg(id)}/tracker`,
  cycleClose: (id: string) => `/api/cycles/${seg(id)}/close`,
  reaudits: '/api/reaudits',
  keptDraw: (id: string) => `/api/cycles/${seg(id)}/draw`,
  drawReplay: (id: string) => `/api/cycles/${seg(id)}/draw/replay`,
  dashboard: '/api/dashboard',
  findings: (cycleId: string) => `/api/reports/findings/${seg(cycleId)}`,
  annual: (year: string) => `/api/reports/annual/${seg(year)}`,
  findingsDocument: (cycleId: string) => `/api/reports/findings/${seg(cycleId)}/document`,
  briefing: (cycleId: string) => `/api/reports/briefing/${seg(cycleId)}`,
  briefingDiscussions: (cycleId: string) => `/api/reports/briefing/${seg(cycleId)}/discussions`,
  briefingDocument: (cycleId: string) => `/api/reports/briefing/${seg(cycleId)}/document`,
  trackersDocument: (cycleId: string) => `/api/reports/trackers/${seg(cycleId)}/document`,
  annualDocument: (year: string) => `/api/reports/annual/${seg(year)}/document`,
  evidencePackDocument: (year: string) => `/api/reports/evidence-pack/${seg(year)}/document`,
  reportDocuments: '/api/reports/documents',
  listHealth: '/api/lists/health',
  feedback: '/api/feedback',
  observations: '/api/observations',
  schedule: '/api/schedule',
  scheduleActivity: (id: string) => `/api/schedule/${seg(id)}`,
  scheduleOccurrences: (id: string) => `/api/schedule/${seg(id)}/occurrences`,
  reviews: '/api/reviews',
  review: (id: string) => `/api/reviews/${seg(id)}`,
  reviewWrite: (id: string, step: 'design' | 'draw' | 'answers' | 'complete' | 'share') =>
    `/api/reviews/${seg(id)}/${step}`,
  themeVocabulary: '/api/themes/vocabulary',
  themeVocabularyItem: (id: string) => `/api/themes/vocabulary/${seg(id)}`,
  cycleThemes: (cycleId: string) => `/api/cycles/${seg(cycleId)}/themes`,
  cycleThemeDecision: (cycleId: string, themeId: string, step: 'confirm' | 'reject' | 'merge') =>
    `/api/cycles/${seg(cycleId)}/themes/${seg(themeId)}/${step}`,
  organisation: '/api/organisation',
  staff: '/api/staff',
  registerPreview: '/api/register/import/preview',
  registerImport: (acceptValidRows: boolean, confirmClosures: number | null = null) =>
    `${acceptValidRows ? '/api/register/imports/valid-rows' : '/api/register/imports'}${confirmClosures === null ? '' : `?confirmClosures=${String(confirmClosures)}`}`,
  registerImportProgress: (id: string) => `/api/register/imports/${seg(id)}`,
  registerMapping: '/api/register/mapping',
} as const;
