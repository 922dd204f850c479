import { randomUUID } from 'node:crypto';
import { can } from '../../domain/access/can';
import type { AllocationDraw } from '../../domain/allocation/allocation-draw';
import { drawAllocation } from '../../domain/allocation/draw';
import { forbidden } from '../../domain/errors';
import { commitAllocation } from '../../domain/lifecycle/cycle-allocate';
import type { Change } from '../../domain/ports/store';
import type { Actor } from '../../domain/records/actor';
import type { Cycle } from '../../domain/records/cycle';
import { DEFAULT_TIMESCALES } from '../../domain/records/cycle';
import type { Result } from '../../domain/result';
import { fail, ok } from '../../domain/result';
import type { AllocationRules } from '../../contract/cycles';
import type { RecordCommand } from '../commands/command';
import { creationCommand } from '../commands/creation';
import type { Services } from '../services';
import { cycleRecordsAfter, cycleRef, type CycleRecords } from './cycle-records';
import { drawInputFor } from './draw-input';

export type NewCycleInput = Omit<Cycle, 'id' | 'state' | 'seed' | 'timescales'> & {
  readonly timescales?: Cycle['timescales'];
};

/** Only the QA lead plans cycles and allocates (the matrix's 'allocate' row). */
const mayAllocate = (actor: Actor): boolean => can(actor, 'allocate', new Set());

/** The draw for a cycle, from the register and the recent cycles; refused for anyone else. */
export async function previewAllocation(
  services: Services,
  actor: Actor,
  cycle: Cycle,
  rules: AllocationRules,
): Promise<Result<AllocationDraw>> {
  if (!mayAllocate(actor)) return fail(forbidden('Only the QA lead plans cycles and allocates.'));
  return drawAllocation(await drawInputFor(services, cycle, rules));
}

const loadCycle = async (services: Services, id: string): Promise<CycleRecords | null> => {
  const cycle = await services.store.repo('cycles').get(id);
  return cycle === null ? null : { cycle, audits: [], draw: null };
};

/**
 * The QA lead commits a draw: its audits are created first (each keyed by cycle and case, so a
 * retried commit creates none twice), then the cycle moves to Allocated with its seed.
 */
export const commitAllocationCommand: RecordCommand<
  CycleRecords,
  AllocationRules & { seed: number }
> = {
  name: 'cycle.allocate',
  ref: cycleRef,
  load: loadCycle,
  visible: () => true,
  version: (records) => records.cycle.version,
  afterSave: cycleRecordsAfter,
  known: (records) => ({ audits: records.audits }),
  decide: async ({ services, actor, loaded, input, now }) => {
    const draw = await previewAllocation(services, actor, loaded.cycle.record, input);
    if (!draw.ok) return draw;
    const result = commitAllocation(loaded.cycle.record, actor, { draw: draw.value, now });
    if (!result.ok) return result;
    const { cycle, audits } = result.value.next;
    const creates: Change[] = audits.map((record) => ({ kind: 'audits', op: 'create', record }));
    return ok({
      first: creates,
      changes: [
        { kind: 'cycles', op: 'update', record: cycle, expectedVersion: loaded.cycle.version },
      ],
      events: result.value.events,
      changedFields: ['audits', 'seed', 'state'],
      detail: draw.value,
    });
  },
};

/** The QA lead plans a new cycle; its timescales default to the service's. */
export const createCycleCommand = creationCommand(
  'cycle.create',
  'cycles',
  ({ actor, input }: { actor: Actor; input: NewCycleInput }) => {
    if (!mayAllocate(actor)) return fail(forbidden('Only the QA lead plans cycles and allocates.'));
    const cycle: Cycle = {
      ...input,
      id: `CYC-${input.startDate}-${randomUUID().slice(0, 8)}`,
      state: 'Planned',
      seed: null,
      timescales: input.timescales ?? DEFAULT_TIMESCALES,
    };
    return ok({ record: cycle, ref: cycleRef(cycle.id) });
  },
);
