import type { AllocationDraw } from '../allocation/allocation-draw';
import { can } from '../access/can';
import { forbidden, invalidState } from '../errors';
import type { DomainEvent } from '../events/domain-event';
import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';
import type { Cycle } from '../records/cycle';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { allocateAudit } from './audit-allocate';
import type { Clock } from './clock';
import type { Transition } from './transition';

export interface CommitAllocationInput extends Clock {
  readonly draw: AllocationDraw;
}

export interface AllocatedCycle {
  readonly cycle: Cycle;
  readonly audits: readonly Audit[];
}

/** The audit of one case in one cycle: the same case in the same cycle is always one audit. */
export const auditIdFor = (cycleId: string, caseNumber: string): string =>
  `${cycleId}-${caseNumber}`;

/**
 * The QA lead commits a draw (section 7, step 1): every allocation becomes an audit recorded on
 * the allocation tracker, and the cycle keeps the draw's seed. A cycle is allocated once.
 */
export const commitAllocation = (
  cycle: Cycle,
  actor: Actor,
  input: CommitAllocationInput,
): Result<Transition<AllocatedCycle>> => {
  if (!can(actor, 'allocate', new Set())) {
    return fail(forbidden('Only the QA lead allocates audits.'));
  }
  if (cycle.state !== 'Planned') {
    return fail(
      invalidState(`The cycle is already ${cycle.state.toLowerCase()}: it is allocated only once.`),
    );
  }
  const audits: Audit[] = [];
  const events: DomainEvent[] = [];
  for (const allocation of input.draw.allocations) {
    const id = auditIdFor(cycle.id, allocation.caseNumber);
    const result = allocateAudit(actor, { id, allocation, now: input.now });
    if (!result.ok) return result;
    audits.push(result.value.next);
    events.push(...result.value.events);
  }
  const next: Cycle = { ...cycle, state: 'Allocated', seed: input.draw.seed };
  return ok({ next: { cycle: next, audits }, events });
};
