import { can } from '../../../domain/access/can';
import type { ActionParties } from '../../../domain/access/relations';
import { relationsTo } from '../../../domain/access/relations';
import { ACTION_TRANSITIONS, AUDIT_TRANSITIONS } from '../../../domain/access/transitions';
import type { Action } from '../../../domain/records/action';
import type { Actor } from '../../../domain/records/actor';
import type { Audit, AuditState } from '../../../domain/records/audit';
import type { ActionTransition, AuditTransition } from '../../../contract/audits';

const SUBMITTED: readonly AuditState[] = [
  'Submitted',
  'Agreed',
  'Disagreed',
  'Resolved',
  'ActionsOpen',
  'Closed',
];
const inState =
  (...states: AuditState[]) =>
  (a: Audit): boolean =>
    states.includes(a.state);

/**
 * Whether each audit transition can apply in the record's state, mirroring the lifecycle's
 * guards; 'allocate' and 'closeAudit' are never offered (the draw and the server do those).
 */
const AUDIT_STATE_RULES: Readonly<Record<AuditTransition, (a: Audit) => boolean>> = {
  allocate: () => false,
  closeAudit: () => false,
  reallocate: inState('Allocated', 'InProgress'),
  assignModerator: inState('Allocated', 'InProgress', 'Submitted'),
  startAudit: inState('Allocated'),
  saveDraft: inState('Allocated', 'InProgress'),
  addWorkerFeedback: (a) => a.state !== 'Closed',
  addContributor: (a) => a.state !== 'Closed',
  submitAudit: inState('Allocated', 'InProgress'),
  shareGrade: (a) => SUBMITTED.includes(a.state) && a.gradeSharedOn === null,
  moderate: (a) => a.state === 'Submitted' && a.moderatorId !== null,
  resolveDisagreement: inState('Disagreed'),
  completeWithoutModeration: (a) => a.state === 'Submitted' && a.moderatorId === null,
};

const ACTION_STATE_RULES: Readonly<Record<ActionTransition, readonly Action['state'][]>> = {
  recordProgress: ['Open', 'InProgress'],
  markReviewedInSupervision: ['Open', 'InProgress', 'Completed', 'Verified'],
  completeAction: ['Open', 'InProgress'],
  verifyAction: ['Completed'],
  approveClosure: ['Verified'],
  returnClosure: ['Verified'],
  recordNotCompleted: ['Open', 'InProgress', 'Completed', 'Verified'],
};

/** What this actor may do next to the audit: the permission matrix and the audit's state. */
export function allowedOnAudit(actor: Actor, audit: Audit): AuditTransition[] {
  const relations = relationsTo(actor, audit);
  return AUDIT_TRANSITIONS.filter((t) => AUDIT_STATE_RULES[t](audit) && can(actor, t, relations));
}

/** What this actor may do next to the action. */
export function allowedOnAction(
  actor: Actor,
  action: Action,
  parties: ActionParties,
): ActionTransition[] {
  const relations = relationsTo(actor, action, parties);
  return ACTION_TRANSITIONS.filter(
    (t) => ACTION_STATE_RULES[t].includes(action.state) && can(actor, t, relations),
  );
}
