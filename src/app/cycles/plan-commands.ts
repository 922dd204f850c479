import { editPlannedCycle, planYear, type CycleEdit } from '../../domain/lifecycle/cycle-plan';
import type { Change } from '../../domain/ports/store';
import type { Versioned } from '../../domain/ports/versioned';
import type { Cycle, Timescales } from '../../domain/records/cycle';
import { ok } from '../../domain/result';
import type { RecordCommand } from '../commands/command';
import { fromModel } from '../queries/from-model';
import { cycleRecordsAfter, cycleRef, type CycleRecords } from './cycle-records';

/** The Cycles list as it stands, and the cycles a command made. */
export interface PlannedYear {
  readonly existing: readonly Versioned<Cycle>[];
  readonly created: readonly Versioned<Cycle>[];
}

/**
 * The QA lead generates a year of six-weekly cycles: the cycles missing are created, each keyed
 * by its start date, in one `$batch` with the Audit log entry; running it again creates none.
 */
export const generateYearCommand: RecordCommand<
  PlannedYear,
  { startDate: string; timescales?: Timescales | undefined }
> = {
  name: 'cycle.generateYear',
  ref: () => 'cycles',
  load: async (services) => ({ existing: await fromModel(services, 'cycles'), created: [] }),
  visible: () => true,
  version: () => 'new',
  afterSave: (loaded, saved) => ({
    existing: loaded.existing,
    created: [...saved.values()] as Versioned<Cycle>[],
  }),
  known: () => ({}),
  decide: ({ actor, loaded, input }) => {
    const planned = planYear(
      loaded.existing.map((c) => c.record),
      actor,
      input.timescales === undefined
        ? { startDate: input.startDate }
        : { startDate: input.startDate, timescales: input.timescales },
    );
    if (!planned.ok) return Promise.resolve(planned);
    const changes: Change[] = planned.value.next.map((record) => ({
      kind: 'cycles',
      op: 'create',
      record,
    }));
    return Promise.resolve(
      ok({ changes, events: [], changedFields: changes.length > 0 ? ['cycles'] : [] }),
    );
  },
};

const loadCycle = async (
  services: Parameters<RecordCommand<CycleRecords, unknown>['load']>[0],
  id: string,
): Promise<CycleRecords | null> => {
  const cycle = await services.store.repo('cycles').get(id);
  return cycle === null ? null : { cycle, audits: [], draw: null };
};

/** The QA lead moves a planned cycle's dates or changes its timescales. */
export const editCycleCommand: RecordCommand<CycleRecords, CycleEdit> = {
  name: 'cycle.edit',
  ref: cycleRef,
  load: loadCycle,
  visible: () => true,
  version: (records) => records.cycle.version,
  afterSave: cycleRecordsAfter,
  known: () => ({}),
  decide: ({ actor, loaded, input }) => {
    const edited = editPlannedCycle(loaded.cycle.record, actor, input);
    if (!edited.ok) return Promise.resolve(edited);
    const before = loaded.cycle.record;
    const next = edited.value.next;
    const changedFields = (['name', 'startDate', 'endDate', 'timescales'] as const).filter(
      (f) => JSON.stringify(before[f]) !== JSON.stringify(next[f]),
    );
    return Promise.resolve(
      ok({
        changes: [
          { kind: 'cycles', op: 'update', record: next, expectedVersion: loaded.cycle.version },
        ],
        events: [],
        changedFields,
      }),
    );
  },
};
