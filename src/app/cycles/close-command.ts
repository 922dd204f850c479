import type { GradeDistributions } from '../../domain/analytics/grade-distributions';
import { closeCycle, isDoneForCycle } from '../../domain/lifecycle/cycle-close';
import type { Versioned } from '../../domain/ports/versioned';
import type { Audit } from '../../domain/records/audit';
import type { Cycle } from '../../domain/records/cycle';
import type { Moderation } from '../../domain/records/moderation';
import { ok } from '../../domain/result';
import type { RecordCommand } from '../commands/command';
import { fromModel } from '../queries/from-model';
import type { Services } from '../services';
import { cycleRef } from './cycle-records';

/** A cycle with its audits and moderations; once closed, what closing it produced. */
export interface CycleToClose {
  readonly cycle: Versioned<Cycle>;
  readonly audits: readonly Audit[];
  readonly moderations: readonly Moderation[];
  readonly outcome: {
    readonly distribution: GradeDistributions;
    readonly stillOpen: readonly string[];
  } | null;
}

async function loadCycleToClose(services: Services, id: string): Promise<CycleToClose | null> {
  const cycle = await services.store.repo('cycles').get(id);
  if (cycle === null) return null;
  // The cycle's audits and moderations, caught up first (CycleId is indexed on both lists).
  await services.readModel.refresh();
  const [audits, moderations] = await Promise.all([
    fromModel(services, 'audits', { cycleId: id }),
    fromModel(services, 'moderations', { cycleId: id }),
  ]);
  return {
    cycle,
    audits: audits.map((a) => a.record),
    moderations: moderations.map((m) => m.record),
    outcome: null,
  };
}

/** Whether every audit of the cycle is moderated or closed: the scheduler closes it then. */
export const readyToClose = (records: CycleToClose): boolean =>
  records.cycle.record.state === 'Allocated' && records.audits.every(isDoneForCycle);

/**
 * Closes a cycle (the QA lead from the tab, or the scheduler once every audit is moderated or
 * closed): the cycle records who closed it, when and why, in one write with its Audit log entry,
 * and the answer carries the end-of-cycle distribution and the audits still open.
 */
export const closeCycleCommand: RecordCommand<CycleToClose, { reason: string }> = {
  name: 'cycle.close',
  ref: cycleRef,
  load: loadCycleToClose,
  visible: () => true,
  version: (records) => records.cycle.version,
  afterSave: (loaded, saved, detail) => ({
    ...loaded,
    cycle:
      (saved.get(`cycles:${loaded.cycle.record.id}`) as Versioned<Cycle> | undefined) ??
      loaded.cycle,
    outcome: (detail as CycleToClose['outcome'] | undefined) ?? null,
  }),
  known: () => ({}),
  decide: ({ actor, loaded, input, now }) => {
    const closed = closeCycle(loaded.cycle.record, actor, {
      audits: loaded.audits,
      moderations: loaded.moderations,
      reason: input.reason,
      now,
    });
    if (!closed.ok) return Promise.resolve(closed);
    const { cycle, distribution, stillOpen } = closed.value.next;
    return Promise.resolve(
      ok({
        changes: [
          { kind: 'cycles', op: 'update', record: cycle, expectedVersion: loaded.cycle.version },
        ],
        events: closed.value.events,
        changedFields: ['closure', 'state'],
        detail: { distribution, stillOpen },
      }),
    );
  },
};
