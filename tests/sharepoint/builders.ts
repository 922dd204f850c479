/** Small builders of valid records for the store tests; timestamps in whole seconds. */
import type {
  AuditLogEntry,
  ConversationReference,
  OutboxRow,
  RecordKind,
  RecordTypes,
} from '../../src/domain/ports';
import {
  emptyAreaJudgement,
  type Action,
  type Audit,
  type Case,
  type Cycle,
  type FeedbackEntry,
  type Moderation,
  type Observation,
  type ScheduleActivity,
  type StaffMember,
} from '../../src/domain/records';

const AT = '2025-03-04T09:30:00.000Z';

export const buildAudit = (id = 'A-1', over: Partial<Audit> = {}): Audit => ({
  id,
  cycleId: 'C-1',
  caseNumber: 'CN-1001',
  cohort: 'ChildProtection',
  teamId: 'T-1',
  serviceAreaId: 'SA-1',
  auditorId: 'S-TM1',
  workerId: 'S-P1',
  teamManagerId: 'S-TM1',
  moderatorId: 'S-HOS1',
  allocatedOn: '2025-03-01',
  auditDue: '2025-03-21',
  moderationDue: '2025-03-31',
  state: 'Submitted',
  contributorIds: ['S-IRO1', "S-O'Brien"],
  areas: {
    childsVoice: {
      grade: 'Good',
      evidence: 'Seen alone twice.\nWishes recorded.',
      strengths: 'Direct work',
      development: '',
    },
    assessment: {
      ...emptyAreaJudgement,
      grade: 'Requires improvement to be good',
      evidence: 'Dated',
    },
    planning: { ...emptyAreaJudgement, grade: 'Good', evidence: 'SMART plan' },
    chronology: { ...emptyAreaJudgement, grade: 'Inadequate', evidence: 'None on file' },
    managementGrip: { ...emptyAreaJudgement, grade: 'Good', evidence: 'Monthly supervision' },
    parentCarerEngagement: {
      ...emptyAreaJudgement,
      grade: 'Outstanding',
      evidence: 'Mother quoted',
    },
  },
  feedback: {
    childYoungPerson: 'Likes her worker',
    parentsCarers: '',
    professionals: 'School positive',
    worker: '',
  },
  meetingDate: '2025-03-10',
  practiceObserved: true,
  measures: { quantity: '4 visits', quality: 'Purposeful', impact: 'Safer at home' },
  overallGrade: 'Requires improvement to be good',
  rationale: 'Chronology missing holds the grade back.',
  draftActions: [],
  gradeSharedOn: null,
  submittedAt: AT,
  moderatedAt: null,
  closedAt: null,
  alertRaisedAt: null,
  alertAcknowledgedAt: null,
  alertAcknowledgedById: null,
  ...over,
});

export const buildAction = (id = 'X-1', over: Partial<Action> = {}): Action => ({
  id,
  auditId: 'A-1',
  cycleId: 'C-1',
  caseNumber: 'CN-1001',
  teamId: 'T-1',
  serviceAreaId: 'SA-1',
  description: 'Write a chronology covering the last 12 months.',
  ownerId: 'S-P1',
  immediate: false,
  dueDate: '2025-04-01',
  state: 'Open',
  progress: [{ at: AT, byId: 'S-P1', note: 'Started' }],
  supervisionReviews: [
    { date: '2025-03-12', byId: 'S-TM1', note: 'On track' },
    { date: '2025-03-26', byId: 'S-TM1', note: 'Half done' },
  ],
  evidence: '',
  completedById: null,
  completedAt: null,
  verifiedById: null,
  verifiedAt: null,
  closureRequestedAt: null,
  closedById: null,
  closedAt: null,
  returnReason: '',
  returnedById: null,
  returnedAt: null,
  notCompletedReason: '',
  escalation: 'None',
  createdAt: AT,
  ...over,
});

export const buildModeration = (id = 'M-1', over: Partial<Moderation> = {}): Moderation => ({
  id,
  auditId: 'A-1',
  cycleId: 'C-1',
  moderatorId: 'S-HOS1',
  auditorId: 'S-TM1',
  state: 'Disagreed',
  auditorGrade: 'Good',
  moderatedGrade: 'Requires improvement to be good',
  reasons: 'Chronology absent',
  learningNotes: '',
  moderatedAt: AT,
  resolvedAt: null,
  auditorResponse: 'Acknowledged',
  discussionDate: null,
  respondedAt: AT,
  ...over,
});

export const buildCycle = (id = 'C-1', over: Partial<Cycle> = {}): Cycle => ({
  id,
  name: 'March 2025 case file audit',
  kind: 'CaseFileAudit',
  state: 'Allocated',
  startDate: '2025-03-01',
  endDate: '2025-04-11',
  timescales: { auditDays: 20, moderationDays: 30, actionDays: 28, immediateActionDays: 5 },
  theme: '',
  seed: 42,
  closure: null,
  ...over,
});

export const buildStaff = (id = 'S-TM1', over: Partial<StaffMember> = {}): StaffMember => ({
  id,
  aadObjectId: `oid-${id}`,
  displayName: 'Sam Team-Manager',
  role: 'TeamManager',
  teamId: 'T-1',
  serviceAreaId: 'SA-1',
  active: true,
  ...over,
});

export const buildCase = (caseNumber = 'CN-1001', over: Partial<Case> = {}): Case => ({
  caseNumber,
  teamId: 'T-1',
  serviceAreaId: 'SA-1',
  allocatedWorkerId: 'S-P1',
  cohort: 'ChildInNeed',
  open: true,
  ...over,
});

export const buildFeedback = (id = 'F-1', over: Partial<FeedbackEntry> = {}): FeedbackEntry => ({
  id,
  source: 'ParentCarer',
  receivedOn: '2025-03-05',
  serviceAreaId: 'SA-1',
  teamId: 'T-1',
  caseNumber: 'CN-1001',
  auditId: null,
  sentiment: 'Positive',
  summary: 'Felt listened to.',
  recordedById: 'S-QA1',
  ...over,
});

export const buildObservation = (id = 'O-1', over: Partial<Observation> = {}): Observation => ({
  id,
  setting: 'PracticeWeek',
  observedOn: '2025-03-06',
  observerId: 'S-PSW1',
  practitionerId: 'S-P1',
  teamId: 'T-1',
  serviceAreaId: 'SA-1',
  caseNumber: null,
  grade: 'Good',
  strengths: 'Warm',
  development: 'Pace',
  learning: 'Use genograms',
  ...over,
});

export const buildSchedule = (
  id = 'SCH-1',
  over: Partial<ScheduleActivity> = {},
): ScheduleActivity => ({
  id,
  activity: 'FindingsReport',
  ownerRole: 'QALead',
  frequency: 'ThreeMonthly',
  lastDone: null,
  nextDue: '2025-06-30',
  outcomes: '',
  ...over,
});

export const buildOutbox = (id = 'N-1', over: Partial<OutboxRow> = {}): OutboxRow => ({
  id,
  dedupeKey: `AuditAllocated:A-1|${id}`,
  eventKind: 'AuditAllocated',
  recipientId: 'S-TM1',
  recordRef: 'audit:A-1',
  card: 'allocation-notice',
  payload: '{"auditId":"A-1"}',
  status: 'Pending',
  attempts: 0,
  activityId: null,
  lastError: '',
  notBefore: null,
  createdAt: AT,
  ...over,
});

export const buildConversationReference = (
  id = 'R-1',
  over: Partial<ConversationReference> = {},
): ConversationReference => ({
  id,
  key: 'oid-S-TM1',
  scope: 'personal',
  conversationId: 'a:1xyz',
  serviceUrl: 'https://smba.trafficmanager.net/uk/',
  tenantId: 'tenant-1',
  updatedAt: AT,
  ...over,
});

export const buildAuditLogEntry = (
  id = 'L-1',
  over: Partial<AuditLogEntry> = {},
): AuditLogEntry => ({
  id,
  at: AT,
  actorOid: 'oid-S-TM1',
  action: 'audit.submit',
  record: 'audit:A-1',
  changedFields: ['overallGrade', 'rationale'],
  outcome: 'ok',
  ...over,
});

/** One valid record of every kind, and a changed copy for update round trips. */
export const SAMPLES: { [K in RecordKind]: () => RecordTypes[K] } = {
  serviceAreas: () => ({ id: 'SA-1', name: 'Children in need and protection' }),
  teams: () => ({ id: 'T-1', name: 'Assessment team 1', serviceAreaId: 'SA-1' }),
  staff: () => buildStaff(),
  cases: () => buildCase(),
  cycles: () => buildCycle(),
  audits: () => buildAudit(),
  moderations: () => buildModeration(),
  actions: () => buildAction(),
  feedback: () => buildFeedback(),
  observations: () => buildObservation(),
  schedule: () => buildSchedule(),
  auditLog: () => buildAuditLogEntry(),
  outbox: () => buildOutbox(),
  conversationReferences: () => buildConversationReference(),
  reminders: () => ({ id: 'X-1', dueDate: '2025-04-01', stage: 'DueSoon', updatedAt: AT }),
  drawParts: () => ({ id: 'CYC-1-D0', cycleId: 'CYC-1', part: 0, parts: 1, content: '{}' }),
};
