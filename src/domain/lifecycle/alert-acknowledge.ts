import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Clock } from './clock';
import { auditRef } from './event-refs';
import { authorise } from './guards';
import { requireAuditState } from './state-rules';
import type { Transition } from './transition';

/**
 * The head of service or team manager acknowledges the Inadequate alert (section 7, step 9).
 * Only an alert that was raised — the audit graded Inadequate by its auditor or its moderator —
 * can be acknowledged, and only once.
 */
export const acknowledgeAlert = (
  audit: Audit,
  actor: Actor,
  input: Clock,
): Result<Transition<Audit>> => {
  const refusal =
    authorise(actor, 'acknowledgeAlert', audit) ?? requireAuditState(audit, 'acknowledgeAlert');
  if (refusal !== null) return fail(refusal);
  const next: Audit = {
    ...audit,
    alertAcknowledgedAt: input.now,
    alertAcknowledgedById: actor.id,
  };
  return ok({
    next,
    events: [{ ...auditRef(audit, actor, input.now), kind: 'AlertAcknowledged' }],
  });
};
