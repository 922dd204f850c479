import type { Case, Cohort } from '../records/case';
import { COHORTS } from '../records/case';
import type { Rng } from '../random/mulberry32';
import { shuffle } from '../random/shuffle';
import { proportionalQuotas } from './proportional-quotas';

export interface Sample {
  /** The cases drawn, in the random order they were drawn. */
  readonly drawn: readonly Case[];
  readonly notSampled: readonly Case[];
  readonly drawnByCohort: Partial<Record<Cohort, number>>;
}

const countByCohort = (cases: readonly Case[]): Partial<Record<Cohort, number>> => {
  const counts: Partial<Record<Cohort, number>> = {};
  for (const c of cases) counts[c.cohort] = (counts[c.cohort] ?? 0) + 1;
  return counts;
};

/**
 * Draws `total` cases at random from the eligible ones (a simple random sample), or, when
 * stratified, a random sample within each cohort of the cohort's proportional quota.
 */
export const drawSample = (
  eligible: readonly Case[],
  total: number,
  stratifyByCohort: boolean,
  rng: Rng,
): Sample => {
  if (!stratifyByCohort) {
    const order = shuffle(eligible, rng);
    const drawn = order.slice(0, total);
    return { drawn, notSampled: order.slice(total), drawnByCohort: countByCohort(drawn) };
  }
  const strata = new Map<Cohort, Case[]>();
  for (const cohort of COHORTS) {
    const members = eligible.filter((c) => c.cohort === cohort);
    if (members.length > 0) strata.set(cohort, members);
  }
  const quotas = proportionalQuotas(
    new Map([...strata].map(([cohort, members]) => [cohort, members.length])),
    total,
  );
  const drawn: Case[] = [];
  const notSampled: Case[] = [];
  for (const [cohort, members] of strata) {
    const order = shuffle(members, rng);
    const quota = quotas.get(cohort) ?? 0;
    drawn.push(...order.slice(0, quota));
    notSampled.push(...order.slice(quota));
  }
  return { drawn: shuffle(drawn, rng), notSampled, drawnByCohort: countByCohort(drawn) };
};
