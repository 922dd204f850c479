/** Every change a person can make to an audit or an action: the columns of the matrix. */
export const AUDIT_TRANSITIONS = [
  'allocate',
  'reallocate',
  'assignModerator',
  'startAudit',
  'saveDraft',
  'addWorkerFeedback',
  'addContributor',
  'submitAudit',
  'shareGrade',
  'moderate',
  'resolveDisagreement',
  'respondToModeration',
  'scoreAuditQuality',
  'acknowledgeAlert',
  'completeWithoutModeration',
  'closeAudit',
] as const;

export const ACTION_TRANSITIONS = [
  'recordProgress',
  'markReviewedInSupervision',
  'completeAction',
  'verifyAction',
  'approveClosure',
  'returnClosure',
  'recordNotCompleted',
] as const;

/** Changes to the open-case register as a whole. */
export const REGISTER_TRANSITIONS = ['importRegister'] as const;

export const TRANSITIONS = [
  ...AUDIT_TRANSITIONS,
  ...ACTION_TRANSITIONS,
  ...REGISTER_TRANSITIONS,
] as const;
export type TransitionName = (typeof TRANSITIONS)[number];

/** Transitions the scheduler may make for the service itself (the system actor). */
export const SYSTEM_TRANSITIONS: readonly TransitionName[] = [
  'completeWithoutModeration',
  'closeAudit',
];

/** Plain words for each transition, for refusals and buttons. */
export const TRANSITION_LABELS: Readonly<Record<TransitionName, string>> = {
  allocate: 'allocate an audit',
  reallocate: 'reallocate the audit',
  assignModerator: 'assign a moderator',
  startAudit: 'start the audit',
  saveDraft: 'save the audit draft',
  addWorkerFeedback: "add the worker's feedback",
  addContributor: 'add a contributor',
  submitAudit: 'submit the audit',
  shareGrade: 'share the grade',
  moderate: 'moderate the audit',
  resolveDisagreement: 'resolve the disagreement',
  respondToModeration: "answer the moderator's disagreement",
  scoreAuditQuality: 'score the quality of the audit',
  acknowledgeAlert: 'acknowledge the Inadequate alert',
  completeWithoutModeration: 'complete the audit without moderation',
  closeAudit: 'close the audit',
  recordProgress: 'record progress on the action',
  markReviewedInSupervision: 'mark the action reviewed in supervision',
  completeAction: 'complete the action',
  verifyAction: 'verify the action',
  approveClosure: "approve the action's closure",
  returnClosure: "return the action's closure",
  recordNotCompleted: 'record the action as not completed',
  importRegister: 'import the open-case register',
};
