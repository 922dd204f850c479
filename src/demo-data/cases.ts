/**
 * The open-case register: synthetic case numbers only (CF- and six digits). No child is named,
 * and nothing else about a child is held.
 */
import type { Rng } from '../domain/random';
import { shuffle } from '../domain/random';
import type { Case, Cohort, StaffMember } from '../domain/records';
import { between, chance, weighted } from './pick';
import type { DemoShape } from './shape';

/** `count` distinct case numbers, spread over CF-100000 … CF-99999x in a seeded order. */
export const caseNumbers = (rng: Rng, count: number): string[] => {
  const numbers: string[] = [];
  let n = 100_000 + rng.below(500);
  for (let i = 0; i < count; i++) {
    n += 1 + rng.below(300);
    numbers.push(`CF-${String(n)}`);
  }
  if (n > 999_999) throw new Error('Too many cases for six-digit case numbers');
  return shuffle(numbers, rng);
};

/** Every practitioner holds a caseload in their team's cohorts; a share of the cases is closed. */
export const buildCases = (shape: DemoShape, staff: readonly StaffMember[], rng: Rng): Case[] => {
  const cohortsOf = new Map(shape.serviceAreas.map((a) => [a.id, a.cohorts]));
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
    const cohorts = cohortsOf.get(serviceAreaId) ?? {};
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
