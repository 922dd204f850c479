import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Clock } from './clock';
import { auditRef } from './event-refs';
import { authorise } from './guards';
import { requireAuditState } from './state-rules';
import type { Transition } from './transition';

/** The auditor starts the audit: they prepare for it and load the tool (step 1). */
export const startAudit = (audit: Audit, actor: Actor, input: Clock): Result<Transition<Audit>> => {
  const refusal = authorise(actor, 'startAudit', audit) ?? requireAuditState(audit, 'startAudit');
  if (refusal !== null) return fail(refusal);
  const next: Audit = { ...audit, state: 'InProgress' };
  return ok({ next, events: [{ ...auditRef(audit, actor, input.now), kind: 'AuditStarted' }] });
};
