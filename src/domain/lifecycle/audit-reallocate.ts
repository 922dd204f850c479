import { invalidState } from '../errors';
import type { FieldIssue } from '../errors';
import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';
import type { Role } from '../records/staff';
import { MODERATOR_ROLES, ROLE_LABELS } from '../records/staff';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Clock } from './clock';
import { auditRef } from './event-refs';
import { authorise, requireValid } from './guards';
import { requireAuditState } from './state-rules';
import type { Transition } from './transition';

export interface ReallocateInput extends Clock {
  readonly auditorId: string;
}

/** The QA lead gives the audit to another auditor, any time before it is submitted. */
export const reallocate = (
  audit: Audit,
  actor: Actor,
  input: ReallocateInput,
): Result<Transition<Audit>> => {
  const issues: FieldIssue[] = [];
  if (input.auditorId === audit.workerId) {
    issues.push({
      field: 'auditorId',
      message: 'the allocated worker cannot audit their own case',
    });
  }
  if (input.auditorId === audit.moderatorId) {
    issues.push({
      field: 'auditorId',
      message: 'the moderator cannot audit the case they moderate',
    });
  }
  const refusal =
    authorise(actor, 'reallocate', audit) ??
    requireAuditState(audit, 'reallocate') ??
    requireValid(issues);
  if (refusal !== null) return fail(refusal);
  if (input.auditorId === audit.auditorId) {
    return fail(invalidState('The audit is already allocated to that auditor.'));
  }
  const next: Audit = { ...audit, auditorId: input.auditorId };
  const event = {
    ...auditRef(audit, actor, input.now),
    kind: 'AuditReallocated' as const,
    previousAuditorId: audit.auditorId,
  };
  return ok({ next, events: [event] });
};

export interface AssignModeratorInput extends Clock {
  readonly moderatorId: string;
  /** The moderator's role, from the Staff list. */
  readonly moderatorRole: Role;
}

/** The QA lead assigns a head of service, PSW or QA lead to moderate (step 4); never the auditor. */
export const assignModerator = (
  audit: Audit,
  actor: Actor,
  input: AssignModeratorInput,
): Result<Transition<Audit>> => {
  const issues: FieldIssue[] = [];
  if (input.moderatorId === audit.auditorId) {
    issues.push({ field: 'moderatorId', message: 'the auditor cannot moderate their own audit' });
  }
  if (!MODERATOR_ROLES.includes(input.moderatorRole)) {
    const role = ROLE_LABELS[input.moderatorRole].toLowerCase();
    issues.push({ field: 'moderatorId', message: `a ${role} cannot moderate audits` });
  }
  const refusal =
    authorise(actor, 'assignModerator', audit) ??
    requireAuditState(audit, 'assignModerator') ??
    requireValid(issues);
  if (refusal !== null) return fail(refusal);
  if (input.moderatorId === audit.moderatorId) {
    return fail(invalidState('That moderator is already assigned to the audit.'));
  }
  const next: Audit = { ...audit, moderatorId: input.moderatorId };
  const event = {
    ...auditRef(audit, actor, input.now),
    kind: 'ModeratorAssigned' as const,
    moderatorId: input.moderatorId,
  };
  return ok({ next, events: [event] });
};
