import type { DomainEvent } from '../../domain/events/domain-event';
import { moveOnAfterReview } from '../../domain/lifecycle/audit-close';
import type { Change } from '../../domain/ports/store';
import type { Versioned } from '../../domain/ports/versioned';
import type { Action } from '../../domain/records/action';
import type { Audit } from '../../domain/records/audit';
import type { Services } from '../services';

export interface ClosureStep {
  readonly changes: Change[];
  readonly events: DomainEvent[];
}

/**
 * Closing the loop: when an action's loop closes, its audit moves on in the same write — to
 * Closed once none of its actions is still open. The audit's actions are one indexed query
 * (AuditId); the action just changed counts as it is now.
 */
export async function closingTheLoop(
  services: Services,
  audit: Versioned<Audit>,
  changed: Action,
  now: string,
): Promise<ClosureStep> {
  const siblings = await services.store
    .repo('actions')
    .list({ where: { auditId: audit.record.id } });
  const actions = siblings.map((a) => (a.record.id === changed.id ? changed : a.record));
  const moved = moveOnAfterReview(audit.record, actions, now);
  if (moved === null) return { changes: [], events: [] };
  return {
    changes: [{ kind: 'audits', op: 'update', record: moved.next, expectedVersion: audit.version }],
    events: [...moved.events],
  };
}
