/**
 * Cycles relative to `today`: past six-weekly case file audit cycles and the current one, six
 * weeks apart, plus a thematic audit and a dip sample.
 */
import { addDays } from '../domain/lifecycle';
import { fnv1a } from '../domain/random';
import type { Cycle } from '../domain/records';
import { DEFAULT_TIMESCALES } from '../domain/records';
import { longDate, mondayOnOrBefore } from './dates';
import type { DemoShape } from './shape';

/** How far along a cycle is, which decides where its audits have got to. */
export type CycleAge = 'current' | 'recent' | 'older' | 'oldest';

export interface PlannedCycle {
  readonly cycle: Cycle;
  readonly age: CycleAge;
}

export const SIX_WEEKS = 42;

export const THEMATIC_THEME =
  "The child's voice in child protection plans: how wishes and feelings shape the plan.";
export const DIP_SAMPLE_THEME =
  'Management oversight of early help plans: supervision recorded and actions followed up.';

const ageOf = (cyclesAgo: number): CycleAge =>
  cyclesAgo === 0 ? 'current' : cyclesAgo === 1 ? 'recent' : cyclesAgo === 2 ? 'older' : 'oldest';

const caseFileAudit = (start: string, cyclesAgo: number, seed: number): PlannedCycle => {
  const id = `CYC-${start}`;
  return {
    age: ageOf(cyclesAgo),
    cycle: {
      id,
      name: `Case file audit, ${longDate(start)}`,
      kind: 'CaseFileAudit',
      state: cyclesAgo >= 2 ? 'Closed' : 'Allocated',
      startDate: start,
      endDate: addDays(start, SIX_WEEKS - 1),
      timescales: DEFAULT_TIMESCALES,
      theme: '',
      seed: fnv1a(`${String(seed)}|${id}`),
    },
  };
};

/** Every cycle, oldest first. */
export const buildCycles = (shape: DemoShape, today: string, seed: number): PlannedCycle[] => {
  const current = mondayOnOrBefore(addDays(today, -10));
  const startOf = (cyclesAgo: number): string => addDays(current, -SIX_WEEKS * cyclesAgo);
  const cycles: PlannedCycle[] = Array.from({ length: shape.pastCycles + 1 }, (_, i) => {
    const cyclesAgo = shape.pastCycles - i;
    return caseFileAudit(startOf(cyclesAgo), cyclesAgo, seed);
  });
  if (shape.thematicAudit) {
    const start = addDays(startOf(Math.min(2, shape.pastCycles)), 14);
    cycles.push({
      age: 'older',
      cycle: {
        id: `THM-${start}`,
        name: "Thematic audit: the child's voice in child protection plans",
        kind: 'Thematic',
        state: 'Closed',
        startDate: start,
        endDate: addDays(start, SIX_WEEKS - 1),
        timescales: DEFAULT_TIMESCALES,
        theme: THEMATIC_THEME,
        seed: fnv1a(`${String(seed)}|THM-${start}`),
      },
    });
  }
  if (shape.dipSample) {
    const start = addDays(startOf(1), 7);
    cycles.push({
      age: 'recent',
      cycle: {
        id: `DIP-${start}`,
        name: 'Dip sample: management oversight of early help plans',
        kind: 'DipSample',
        state: 'Allocated',
        startDate: start,
        endDate: addDays(start, 27),
        timescales: { ...DEFAULT_TIMESCALES, auditDays: 14, moderationDays: 21 },
        theme: DIP_SAMPLE_THEME,
        seed: null,
      },
    });
  }
  return cycles.sort((a, b) => (a.cycle.startDate < b.cycle.startDate ? -1 : 1));
};
