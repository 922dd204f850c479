import {
  actionStateAllows,
  auditStateAllows,
  awaitsAuditorResponse,
  type ActionTransitionName,
  type AuditTransitionName,
} from '../lifecycle/state-rules';
import { separationOfDuties } from '../lifecycle/action-complete';
import type { Action } from '../records/action';
import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';
import type { Moderation } from '../records/moderation';
import { can } from './can';
import type { ActionParties } from './relations';
import { relationsTo } from './relations';
import { ACTION_TRANSITIONS, AUDIT_TRANSITIONS } from './transitions';

/** Steps the server takes itself (the draw allocates, the service closes): never offered. */
const NEVER_OFFERED: readonly AuditTransitionName[] = ['allocate', 'closeAudit'];

/**
 * What this actor may do next to the audit: the permission matrix and the state rules, the
 * same two the commands apply, so every button offered is a step that would be accepted. The
 * auditor's answer to a disagreement also needs the moderation, when there is one.
 */
export function allowedOnAudit(
  actor: Actor,
  audit: Audit,
  moderation: Moderation | null = null,
): AuditTransitionName[] {
  const relations = relationsTo(actor, audit);
  return AUDIT_TRANSITIONS.filter(
    (t) =>
      !NEVER_OFFERED.includes(t) &&
      auditStateAllows(audit, t) &&
      (t !== 'respondToModeration' || (moderation !== null && awaitsAuditorResponse(moderation))) &&
      can(actor, t, relations),
  );
}

const DUTIES: Partial<Record<ActionTransitionName, 'verify' | 'approve'>> = {
  verifyAction: 'verify',
  approveClosure: 'approve',
};

/** What this actor may do next to the action, separation of duties included. */
export function allowedOnAction(
  actor: Actor,
  action: Action,
  parties: ActionParties,
): ActionTransitionName[] {
  const relations = relationsTo(actor, action, parties);
  return ACTION_TRANSITIONS.filter((t) => {
    const duty = DUTIES[t];
    return (
      actionStateAllows(action, t) &&
      can(actor, t, relations) &&
      (duty === undefined || separationOfDuties(action, actor, duty) === null)
    );
  });
}
