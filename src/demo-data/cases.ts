/**
 * The open-case register: synthetic case numbers only (CF- and six digits). No child is named,
 * and nothing else about a child is held.
 */
import type { Rng } from '../domain/random';
import { shuffle } from '../domain/random';
import type { Case, Cohort, StaffMember } from '../domain/records';
import { teamCohorts } from './organisation';
import { between, chance, weighted } from './pick';
import type { DemoShape } from './shape';

/** `count` distinct case numbers, spread over CF-100000 … CF-999999 in a seeded order. */
export const caseNumbers = (rng: Rng, count: number): string[] => {
  const numbers: string[] = [];
  // Gaps of up to 300 between numbers, narrower for a register that would not fit otherwise.
  const gap = Math.max(1, Math.min(300, Math.floor(850_000 / Math.max(1, count))));
  let n = 100_000 + rng.below(500);
  for (let i = 0; i < count; i++) {
    n += 1 + rng.below(gap);
    numbers.push(`CF-${String(n)}`);
  }
  if (n > 999_999) throw new Error('Too many cases for six-digit case numbers');
  return shuffle(numbers, rng);
};

/**
 * Every practitioner holds a caseload in the cohorts their team serves (never a child protection
 * case in a Children in Care team); a share of the cases is closed.
 */
export const buildCases = (shape: DemoShape, staff: readonly StaffMember[], rng: Rng): Case[] => {
  const cohortsOf = teamCohorts(shape);
  const [min, max] = shape.openCasesPerPractitioner;
  const held = staff
    .filter((s) => s.role === 'Practitioner' && s.active)
    .flatMap((worker) => {
      const open = between(rng, min, max);
      const closed = Array.from({ length: open }, () => chance(rng, shape.closedCaseShare)).filter(
        Boolean,
      ).length;
      return Array.from({ length: open + closed }, (_, i) => ({ worker, open: i < open }));
    });
  const numbers = caseNumbers(rng, held.length);
  return held.map(({ worker, open }, i): Case => {
    const teamId = worker.teamId;
    const serviceAreaId = worker.serviceAreaId;
    if (teamId === null || serviceAreaId === null) throw new Error(`${worker.id} has no team`);
    const cohorts = cohortsOf.get(teamId);
    if (cohorts === undefined) throw new Error(`No team ${teamId} in the shape`);
    return {
      caseNumber: numbers[i],
      teamId,
      serviceAreaId,
      allocatedWorkerId: worker.id,
      cohort: weighted<Cohort>(rng, cohorts),
      open,
    };
  });
};
