import { mulberry32, shuffle } from '../random';
import type { CohortFilter, DrawableCase, Review } from '../records/review';

/**
 * The open cases a review may draw from: its filter over the register, and for a dip sample
 * never outside its own service. Sorted by case number, so the pool's order never depends on
 * the order the register was read in.
 */
export const reviewPool = (
  review: Pick<Review, 'kind' | 'serviceAreaId'> & { readonly filter: CohortFilter },
  cases: readonly DrawableCase[],
): DrawableCase[] => {
  const { serviceAreaIds, teamIds, cohorts } = review.filter;
  return cases
    .filter(
      (c) =>
        c.open &&
        (review.kind !== 'DipSample' || c.serviceAreaId === review.serviceAreaId) &&
        (serviceAreaIds.length === 0 || serviceAreaIds.includes(c.serviceAreaId)) &&
        (teamIds.length === 0 || teamIds.includes(c.teamId)) &&
        (cohorts.length === 0 || cohorts.includes(c.cohort)),
    )
    .sort((a, b) => a.caseNumber.localeCompare(b.caseNumber));
};

/** The sample: the first `size` case numbers of the pool shuffled by the seed (seeded random). */
export const drawSample = (pool: readonly DrawableCase[], size: number, seed: number): string[] =>
  shuffle(
    pool.map((c) => c.caseNumber),
    mulberry32(seed),
  ).slice(0, size);
