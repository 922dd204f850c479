import { GRADES, type Grade } from '../../domain/records';
import type { CardModel } from '../index';

/**
 * Sample models for every card and every variant, with distinctive values so a test can look
 * for them: the case number, every grade and every person's name.
 */
export const SAMPLE_CASE_NUMBER = 'CF-900001';
export const SAMPLE_NAMES = [
  'Sample Auditor',
  'Sample Worker',
  'Sample Moderator',
  'Sample Head',
  'Sample Manager',
  'Sample Lead',
] as const;
export const SAMPLE_OPEN_URL =
  'https://teams.microsoft.com/l/entity/00000000-0000-0000-0000-000000000000/audits?context=%7B%22subEntityId%22%3A%22audit-1%22%7D';

const [auditor, worker, moderator, head, , lead] = SAMPLE_NAMES;

/** Every value that must never reach a lock-screen field. */
export const SENSITIVE_VALUES: readonly string[] = [SAMPLE_CASE_NUMBER, ...GRADES, ...SAMPLE_NAMES];

const base = { caseNumber: SAMPLE_CASE_NUMBER, openUrl: SAMPLE_OPEN_URL } as const;

const allocationNotices: CardModel[] = (['Auditor', 'AllocatedWorker', 'TeamManager'] as const).map(
  (recipient) => ({
    ...base,
    kind: 'allocation-notice',
    recipient,
    auditId: 'audit-1',
    cycleLabel: '2 March 2026 to 12 April 2026',
    auditorName: auditor,
    auditDue: '2026-03-20',
    moderationDue: '2026-03-30',
  }),
);

const gradesShared: CardModel[] = GRADES.map((grade: Grade) => ({
  ...base,
  kind: 'grade-shared',
  auditId: 'audit-1',
  cycleLabel: '2 March 2026 to 12 April 2026',
  grade,
  auditorName: auditor,
  sharedOn: '2026-03-21',
}));

const alert = {
  ...base,
  kind: 'inadequate-alert',
  auditId: 'audit-1',
  version: '"etag-7,3"',
  cycleLabel: '2 March 2026 to 12 April 2026',
  teamName: 'Assessment team 2',
  auditorName: auditor,
  submittedAt: '2026-03-18T15:30:00Z',
} as const;

const inadequateAlerts: CardModel[] = [
  { ...alert, acknowledgement: null },
  { ...alert, acknowledgement: { byName: head, at: '2026-03-18T16:02:00Z' } },
];

const moderationPairs: readonly (readonly [Grade, Grade])[] = GRADES.map((grade, index) => [
  grade,
  GRADES[(index + 1) % GRADES.length] ?? grade,
]);

const moderations: CardModel[] = moderationPairs.flatMap(([auditorGrade, moderatedGrade]) => {
  const model = {
    ...base,
    kind: 'moderation-disagreement',
    moderationId: 'moderation-1',
    auditId: 'audit-1',
    version: '"etag-2,5"',
    cycleLabel: '2 March 2026 to 12 April 2026',
    auditorGrade,
    moderatedGrade,
    detail: {
      reasons:
        'The plan is clear, but the child’s voice is not yet shaping it: the views gathered at the last visit are not reflected in the actions.',
    },
    moderatorName: moderator,
    refreshUserIds: ['8:orgid:sample-auditor-oid'],
  } as const;
  return [
    { ...model, response: null, detail: null },
    { ...model, response: null },
    { ...model, response: { kind: 'acknowledged', byName: auditor, at: '2026-04-02T09:15:00Z' } },
    {
      ...model,
      response: {
        kind: 'discussion-proposed',
        byName: auditor,
        at: '2026-04-02T09:15:00Z',
        proposedDate: '2026-04-09',
      },
    },
  ];
});

const action = {
  ...base,
  kind: 'action-reminder',
  actionId: 'action-1',
  version: '"etag-4,1"',
  dueDate: '2026-04-30',
  immediate: true,
  completed: null,
} as const;

const reminders: CardModel[] = [
  { ...action, notice: { kind: 'reminder', when: 'due-soon' } },
  { ...action, notice: { kind: 'reminder', when: 'due-today' }, immediate: false },
  { ...action, notice: { kind: 'reminder', when: 'overdue' } },
  { ...action, notice: { kind: 'escalation', to: 'TeamManager', ownerName: worker } },
  { ...action, notice: { kind: 'escalation', to: 'HeadOfService', ownerName: worker } },
  {
    ...action,
    notice: { kind: 'reminder', when: 'due-today' },
    completed: { byName: worker, at: '2026-04-30T11:00:00Z' },
  },
];

const closure = {
  ...base,
  kind: 'closure-approval',
  actionId: 'action-1',
  version: '"etag-4,6"',
  detail: {
    description: 'Update the child’s plan with the views shared at the last visit.',
    evidence: 'Plan updated on 28 April; see the plan document on the child’s file.',
  },
  completedByName: worker,
  verifiedByName: lead,
  verifiedAt: '2026-05-01T10:00:00Z',
  refreshUserIds: ['29:1sample-head-mri', '29:1sample-deputy-mri'],
} as const;

const closures: CardModel[] = [
  { ...closure, decision: null },
  { ...closure, decision: { outcome: 'approved', byName: head, at: '2026-05-02T08:45:00Z' } },
  {
    ...closure,
    decision: {
      outcome: 'returned',
      byName: head,
      at: '2026-05-02T08:45:00Z',
    },
  },
];

const scheduleReminder = {
  kind: 'schedule-reminder',
  activityId: 'QA-FindingsReport',
  activity: 'FindingsReport',
  dueDate: '2026-05-15',
  openUrl: SAMPLE_OPEN_URL,
} as const;

const scheduleReminders: CardModel[] = [
  { ...scheduleReminder, notice: { kind: 'reminder', when: 'due-soon' } },
  { ...scheduleReminder, notice: { kind: 'reminder', when: 'due-today' } },
  { ...scheduleReminder, notice: { kind: 'reminder', when: 'missed' } },
  { ...scheduleReminder, notice: { kind: 'escalation', ownerName: lead } },
];

const errors: CardModel[] = [
  {
    kind: 'error',
    openUrl: SAMPLE_OPEN_URL,
    problem: {
      reason: 'already-done',
      outcome: 'closure-approved',
      byName: head,
      at: '2026-05-02T08:45:00Z',
    },
  },
  { kind: 'error', openUrl: SAMPLE_OPEN_URL, problem: { reason: 'changed' } },
  { kind: 'error', openUrl: null, problem: { reason: 'forbidden' } },
  { kind: 'error', openUrl: null, problem: { reason: 'not-found' } },
  { kind: 'error', openUrl: null, problem: { reason: 'invalid', field: 'evidence' } },
  { kind: 'error', openUrl: SAMPLE_OPEN_URL, problem: { reason: 'unavailable' } },
];

/** Every sample, named for test titles. */
export const ALL_SAMPLES: readonly CardModel[] = [
  ...allocationNotices,
  ...gradesShared,
  ...inadequateAlerts,
  ...moderations,
  ...reminders,
  ...closures,
  ...scheduleReminders,
  ...errors,
];

export const sampleName = (model: CardModel, index: number): string =>
  `${model.kind} #${String(index)}`;
