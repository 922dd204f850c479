/**
 * The follow-on step the application's commands take in the same write as a person's step:
 * after moderation agrees, a disagreement is resolved, or an action's loop closes, the audit
 * moves on — to ActionsOpen while any of its actions is open, or to Closed when none is.
 */
import { moveOnAfterReview } from '../domain/lifecycle';
import type { Ledger } from './ledger';

export const moveAuditOn = (ledger: Ledger, auditId: string, now: string): void => {
  const moved = moveOnAfterReview(ledger.audit(auditId), ledger.actionsOf(auditId), now);
  if (moved !== null) ledger.putAudit(moved.next);
};
