import { randomUUID } from 'node:crypto';
import { can } from '../../domain/access/can';
import type { AllocationDraw } from '../../domain/allocation/allocation-draw';
import { drawAllocation } from '../../domain/allocation/draw';
import type { DrawInput } from '../../domain/allocation/draw-input';
import { explainDraw, type DrawExplanation } from '../../domain/allocation/explain-draw';
import { keepDraw } from '../../domain/allocation/kept-draw';
import { forbidden } from '../../domain/errors';
import { auditIdFor, commitAllocation } from '../../domain/lifecycle/cycle-allocate';
import { reauditsAfterDraw } from '../../domain/reaudits/reaudit-outcomes';
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
import { drawInputFor, dueReaudits } from './draw-input';
import { drawPartCreates } from './kept-draws';

export type NewCycleInput = Omit<Cycle, 'id' | 'state' | 'seed' | 'timescales' | 'closure'> & {
  readonly timescales?: Cycle['timescales'];
};

/** Only the QA lead plans cycles and allocates (the matrix's 'allocate' row). */
const mayAllocate = (actor: Actor): boolean => can(actor, 'allocate', new Set());

/** The draw for a cycle and what it was drawn from; refused for anyone but the QA lead. */
async function drawWithInput(
  services: Services,
  actor: Actor,
  cycle: Cycle,
  rules: AllocationRules,
): Promise<Result<{ input: DrawInput; draw: AllocationDraw }>> {
  if (!mayAllocate(actor)) return fail(forbidden('Only the QA lead plans cycles and allocates.'));
  const input = await drawInputFor(services, cycle, rules);
  const draw = drawAllocation(input);
  return draw.ok ? ok({ input, draw: draw.value }) : draw;
}

/**
 * The draw for a cycle, from the register and the recent cycles, with its figures explained
 * case by case; refused for anyone but the QA lead.
 */
export async function previewAllocation(
  services: Services,
  actor: Actor,
  cycle: Cycle,
  rules: AllocationRules,
): Promise<Result<{ draw: AllocationDraw; explanation: DrawExplanation }>> {
  const drawn = await drawWithInput(services, actor, cycle, rules);
  if (!drawn.ok) return drawn;
  const { input, draw } = drawn.value;
  return ok({ draw, explanation: explainDraw(draw, input.moderation, input.staff) });
}

const loadCycle = async (services: Services, id: string): Promise<CycleRecords | null> => {
  const cycle = await services.store.repo('cycles').get(id);
  return cycle === null ? null : { cycle, audits: [], draw: null };
};

/**
 * The QA lead commits a draw: its audits and the kept draw (seed, rules, register snapshot,
 * exclusions, result — for replay) are created first, each keyed by cycle, so a retried commit
 * creates none twice; then the cycle moves to Allocated with its seed.
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
    const drawn = await drawWithInput(services, actor, loaded.cycle.record, input);
    if (!drawn.ok) return drawn;
    const { draw } = drawn.value;
    const result = commitAllocation(loaded.cycle.record, actor, { draw, now });
    if (!result.ok) return result;
    const { cycle, audits } = result.value.next;
    const scheduled = await dueReaudits(services, loaded.cycle.record);
    const version = new Map(scheduled.map((r) => [r.record.id, r.version]));
    const reaudits = reauditsAfterDraw(
      scheduled.map((r) => r.record),
      draw.reaudits,
      cycle.id,
      (caseNumber) => auditIdFor(cycle.id, caseNumber),
    ).map((record): Change => ({
      kind: 'reaudits',
      op: 'update',
      record,
      expectedVersion: version.get(record.id) ?? '',
    }));
    const creates: Change[] = [
      ...audits.map((record): Change => ({ kind: 'audits', op: 'create', record })),
      ...drawPartCreates(keepDraw(drawn.value.input, draw)),
    ];
    return ok({
      first: creates,
      changes: [
        { kind: 'cycles', op: 'update', record: cycle, expectedVersion: loaded.cycle.version },
        ...reaudits,
      ],
      events: result.value.events,
      changedFields: [
        'audits',
        'draw',
        ...(reaudits.length > 0 ? ['reaudits'] : []),
        'seed',
        'state',
      ],
      detail: draw,
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
      closure: null,
      timescales: input.timescales ?? DEFAULT_TIMESCALES,
    };
    return ok({ record: cycle, ref: cycleRef(cycle.id) });
  },
);
