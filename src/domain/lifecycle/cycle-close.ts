import { can } from '../access/can';
import type { GradeDistributions } from '../analytics/grade-distributions';
import { gradeDistributions } from '../analytics/grade-distributions';
import { isDoneForCycle } from '../cycles/cycle-progress';
import { forbidden, invalid, invalidState } from '../errors';
import type { Actor } from '../records/actor';
import { SYSTEM_ACTOR_ID } from '../records/actor';
import type { Audit } from '../records/audit';
import type { Cycle } from '../records/cycle';
import type { Moderation } from '../records/moderation';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Transition } from './transition';

export { isDoneForCycle };

export interface CycleCloseInput {
  readonly audits: readonly Audit[];
  readonly moderations: readonly Moderation[];
  /** Required when audits are still open; '' otherwise. */
  readonly reason: string;
  readonly now: string;
}

export interface ClosedCycle {
  readonly cycle: Cycle;
  /** The end-of-cycle grade distribution (section 7, step 7: the tracker goes to heads of service). */
  readonly distribution: GradeDistributions;
  /** Case numbers of the audits still open when it closed, in order. */
  readonly stillOpen: readonly string[];
}

/**
 * A cycle closes when every audit in it is moderated or closed — by the QA lead, or by the
 * scheduler for the service — or earlier by the QA lead with a recorded reason. Closing
 * produces the end-of-cycle distribution and names what is still open.
 */
export const closeCycle = (
  cycle: Cycle,
  actor: Actor,
  input: CycleCloseInput,
): Result<Transition<ClosedCycle>> => {
  const system = actor.id === SYSTEM_ACTOR_ID;
  if (!system && !can(actor, 'allocate', new Set())) {
    return fail(forbidden('Only the QA lead closes a cycle.'));
  }
  if (cycle.state !== 'Allocated') {
    return fail(
      invalidState(
        cycle.state === 'Closed'
          ? 'The cycle is already closed.'
          : 'The cycle is planned: nothing has been allocated to close.',
      ),
    );
  }
  const stillOpen = input.audits
    .filter((a) => !isDoneForCycle(a))
    .map((a) => a.caseNumber)
    .sort();
  const reason = input.reason.trim();
  if (stillOpen.length > 0 && (system || reason === '')) {
    const n = stillOpen.length;
    return fail(
      invalid([
        {
          field: 'reason',
          message: `say why the cycle closes with ${String(n)} audit${n === 1 ? '' : 's'} still open (${stillOpen.join(', ')})`,
        },
      ]),
    );
  }
  const next: Cycle = {
    ...cycle,
    state: 'Closed',
    closure: {
      closedAt: input.now,
      closedBy: actor.id,
      reason: stillOpen.length > 0 ? reason : '',
    },
  };
  return ok({
    next: {
      cycle: next,
      distribution: gradeDistributions(input.audits, input.moderations),
      stillOpen,
    },
    events: [],
  });
};
