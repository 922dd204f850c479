/**
 * Cycles relative to `today`: past six-weekly case file audit cycles and the current one, six
 * weeks apart, plus thematic audits and dip samples among them.
 */
import { addDays } from '../domain/lifecycle';
import { fnv1a } from '../domain/random';
import type { Cycle } from '../domain/records';
import { DEFAULT_TIMESCALES } from '../domain/records';
import { longDate, mondayOnOrBefore } from './dates';
import type { DemoShape } from './shape';
import { DIP_SAMPLE_EVERY, dipSampleCycle, THEMATIC_EVERY, thematicCycle } from './themes';

/**
 * How far along a cycle is, which decides where its audits have got to: the current cycle, the
 * one before, two ago, up to about a year ago, and the archive beyond that.
 */
export type CycleAge = 'current' | 'recent' | 'older' | 'oldest' | 'archived';

export interface PlannedCycle {
  readonly cycle: Cycle;
  readonly age: CycleAge;
  /** For a thematic audit or a dip sample: which one, counting back from the latest (0). */
  readonly ordinal: number;
}

export const SIX_WEEKS = 42;

/** Cycles more than this many ago (about a year) are in the archive. */
const OLDEST_CYCLES_AGO = 8;

export const ageOf = (cyclesAgo: number): CycleAge =>
  cyclesAgo === 0
    ? 'current'
    : cyclesAgo === 1
      ? 'recent'
      : cyclesAgo === 2
        ? 'older'
        : cyclesAgo <= OLDEST_CYCLES_AGO
          ? 'oldest'
          : 'archived';

/** A cycle two or more ago is closed; the current and the last are still allocated. */
export const stateOf = (cyclesAgo: number): Cycle['state'] =>
  cyclesAgo >= 2 ? 'Closed' : 'Allocated';

const caseFileAudit = (start: string, cyclesAgo: number, seed: number): PlannedCycle => {
  const id = `CYC-${start}`;
  return {
    age: ageOf(cyclesAgo),
    ordinal: 0,
    cycle: {
      id,
      name: `Case file audit, ${longDate(start)}`,
      kind: 'CaseFileAudit',
      state: stateOf(cyclesAgo),
      startDate: start,
      endDate: addDays(start, SIX_WEEKS - 1),
      timescales: DEFAULT_TIMESCALES,
      theme: '',
      seed: fnv1a(`${String(seed)}|${id}`),
      closure: null,
    },
  };
};

/** Cycles-ago of each of `count` cycles, the latest `first` ago, then every `every`. */
const spaced = (count: number, first: number, every: number, last: number): number[] =>
  Array.from({ length: count }, (_, k) => first + k * every).filter((ago) => ago <= last);

/** Every cycle, oldest first. */
export const buildCycles = (shape: DemoShape, today: string, seed: number): PlannedCycle[] => {
  const current = mondayOnOrBefore(addDays(today, -10));
  const startOf = (cyclesAgo: number): string => addDays(current, -SIX_WEEKS * cyclesAgo);
  const cycles: PlannedCycle[] = Array.from({ length: shape.pastCycles + 1 }, (_, i) => {
    const cyclesAgo = shape.pastCycles - i;
    return caseFileAudit(startOf(cyclesAgo), cyclesAgo, seed);
  });
  const latestThematic = Math.min(2, shape.pastCycles);
  spaced(shape.thematicAudits, latestThematic, THEMATIC_EVERY, shape.pastCycles).forEach(
    (ago, ordinal) => {
      const cycle = thematicCycle(addDays(startOf(ago), 14), ordinal, seed, stateOf(ago));
      cycles.push({ age: ageOf(ago), ordinal, cycle });
    },
  );
  spaced(shape.dipSamples, 1, DIP_SAMPLE_EVERY, shape.pastCycles).forEach((ago, ordinal) => {
    const cycle = dipSampleCycle(addDays(startOf(ago), 7), ordinal, shape, stateOf(ago));
    cycles.push({ age: ageOf(ago), ordinal, cycle });
  });
  return cycles.sort((a, b) => (a.cycle.startDate < b.cycle.startDate ? -1 : 1));
};
