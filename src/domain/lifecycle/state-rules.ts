import type { ACTION_TRANSITIONS, AUDIT_TRANSITIONS, TransitionName } from '../access/transitions';
import { TRANSITION_LABELS } from '../access/transitions';
import type { DomainError } from '../errors';
import { invalidState } from '../errors';
import type { Action, ActionState } from '../records/action';
import type { Audit, AuditState } from '../records/audit';
import { AUDIT_STATES } from '../records/audit';
import type { Moderation } from '../records/moderation';
import { STATE_LABELS } from '../records/labels';

/**
 * Which transition may start from which state, written once. Each lifecycle step refuses a
 * record outside its row (`requireTransitionState`), and the edges offer a step only where its
 * row allows it (`stateAllows`), so the buttons a person sees are the steps that would work.
 */
const SUBMITTED: readonly AuditState[] = [
  'Submitted',
  'Agreed',
  'Disagreed',
  'Resolved',
  'ActionsOpen',
  'Closed',
];
const NOT_CLOSED = AUDIT_STATES.filter((state) => state !== 'Closed');

export const AUDIT_TRANSITION_STATES = {
  allocate: [],
  reallocate: ['Allocated', 'InProgress'],
  assignModerator: ['Allocated', 'InProgress', 'Submitted'],
  startAudit: ['Allocated'],
  saveDraft: ['Allocated', 'InProgress'],
  addWorkerFeedback: NOT_CLOSED,
  addContributor: NOT_CLOSED,
  submitAudit: ['Allocated', 'InProgress'],
  shareGrade: SUBMITTED,
  moderate: ['Submitted'],
  resolveDisagreement: ['Disagreed'],
  respondToModeration: ['Disagreed', 'Resolved', 'ActionsOpen', 'Closed'],
  scoreAuditQuality: SUBMITTED.filter((state) => state !== 'Closed'),
  acknowledgeAlert: SUBMITTED,
  completeWithoutModeration: ['Submitted'],
  closeAudit: ['Agreed', 'Resolved', 'ActionsOpen'],
} as const satisfies Readonly<Record<AuditTransitionName, readonly AuditState[]>>;

export type AuditTransitionName = (typeof AUDIT_TRANSITIONS)[number];

export const ACTION_TRANSITION_STATES = {
  recordProgress: ['Open', 'InProgress'],
  markReviewedInSupervision: ['Open', 'InProgress', 'Completed', 'Verified'],
  completeAction: ['Open', 'InProgress'],
  verifyAction: ['Completed'],
  approveClosure: ['Verified'],
  returnClosure: ['Verified'],
  recordNotCompleted: ['Open', 'InProgress', 'Completed', 'Verified'],
} as const satisfies Readonly<Record<ActionTransitionName, readonly ActionState[]>>;

export type ActionTransitionName = (typeof ACTION_TRANSITIONS)[number];

/**
 * What, beyond its state, a record must hold for a step to apply: a grade not yet shared, an
 * assigned moderator (or none, to complete without one), an alert raised and not acknowledged,
 * a disagreement not yet answered. Each says why not, in the words a person reads.
 */
const AUDIT_CONDITIONS: Partial<Record<AuditTransitionName, (audit: Audit) => string | null>> = {
  shareGrade: (a) =>
    a.gradeSharedOn !== null ? `The grade was already shared on ${a.gradeSharedOn}.` : null,
  moderate: (a) => (a.moderatorId === null ? 'The audit has no moderator assigned.' : null),
  scoreAuditQuality: (a) =>
    a.moderatorId === null
      ? 'The audit has no moderator assigned, so no moderation to score.'
      : null,
  completeWithoutModeration: (a) =>
    a.moderatorId !== null ? 'The audit is Submitted and awaits its assigned moderator.' : null,
  acknowledgeAlert: (a) =>
    a.alertRaisedAt === null
      ? 'No Inadequate alert was raised on this audit.'
      : a.alertAcknowledgedAt !== null
        ? 'The Inadequate alert was already acknowledged.'
        : null,
};

const stateRefusal = (
  record: 'audit' | 'action',
  current: string,
  allowed: readonly string[],
  transition: TransitionName,
): DomainError | null => {
  if (allowed.includes(current)) return null;
  const label = (s: string) => STATE_LABELS[s as keyof typeof STATE_LABELS].toLowerCase();
  return invalidState(
    allowed.length === 0
      ? `No one can ${TRANSITION_LABELS[transition]} here.`
      : `The ${record} is ${label(current)}: to ${TRANSITION_LABELS[transition]} it must be ${allowed.map(label).join(' or ')}.`,
  );
};

/** Refuses an audit step its state (or its condition) does not allow. */
export const requireAuditState = (
  audit: Audit,
  transition: AuditTransitionName,
): DomainError | null => {
  const allowed: readonly AuditState[] = AUDIT_TRANSITION_STATES[transition];
  const refusal = stateRefusal('audit', audit.state, allowed, transition);
  if (refusal !== null) return refusal;
  const why = AUDIT_CONDITIONS[transition]?.(audit) ?? null;
  return why === null ? null : invalidState(why);
};

/** Refuses an action step its state does not allow. */
export const requireActionState = (
  action: Action,
  transition: ActionTransitionName,
): DomainError | null => {
  const allowed: readonly ActionState[] = ACTION_TRANSITION_STATES[transition];
  return stateRefusal('action', action.state, allowed, transition);
};

/** Whether the audit's state lets the step apply (the permission matrix decides who). */
export const auditStateAllows = (audit: Audit, transition: AuditTransitionName): boolean =>
  requireAuditState(audit, transition) === null;

export const actionStateAllows = (action: Action, transition: ActionTransitionName): boolean =>
  requireActionState(action, transition) === null;

/** A disagreement the auditor has not yet answered (acknowledged, or proposed a date). */
export const awaitsAuditorResponse = (moderation: Moderation): boolean =>
  (moderation.state === 'Disagreed' || moderation.state === 'Resolved') &&
  moderation.auditorResponse === 'None';
