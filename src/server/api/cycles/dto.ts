import type { Versioned } from '../../../domain/ports/versioned';
import type { Cycle } from '../../../domain/records/cycle';
import type { CycleDto } from '../../../contract/cycles';

/** Cycles carry no names and no transitions of their own. */
export const cycleDto = (cycle: Versioned<Cycle>): CycleDto => ({
  record: cycle.record,
  version: cycle.version,
  flags: cycle.flags,
  names: {},
  allowed: [],
});
