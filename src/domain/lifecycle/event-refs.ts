import type { Action } from '../records/action';
import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';

/** The common part of every event about an audit: when, who, which audit. */
export const auditRef = (audit: Audit, actor: Actor, now: string) =>
  ({ at: now, actorId: actor.id, auditId: audit.id, caseNumber: audit.caseNumber }) as const;

/** The common part of every event about an action. */
export const actionRef = (action: Action, actor: Actor, now: string) =>
  ({
    at: now,
    actorId: actor.id,
    actionId: action.id,
    auditId: action.auditId,
    caseNumber: action.caseNumber,
  }) as const;
