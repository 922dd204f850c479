import type { Grade } from '../records/grade';
import { GRADES } from '../records/grade';

export type GradeCounts = Readonly<Record<Grade, number>>;

export interface GradeDistribution {
  readonly counts: GradeCounts;
  readonly total: number;
  /** Outstanding or Good. */
  readonly goodOrBetter: number;
  /** goodOrBetter ÷ total; null when nothing was graded. */
  readonly shareGoodOrBetter: number | null;
}

export const isGoodOrBetter = (grade: Grade): boolean =>
  grade === 'Outstanding' || grade === 'Good';

export const distributionOf = (grades: readonly Grade[]): GradeDistribution => {
  const counts = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  for (const grade of grades) counts[grade] += 1;
  const goodOrBetter = grades.filter(isGoodOrBetter).length;
  return {
    counts,
    total: grades.length,
    goodOrBetter,
    shareGoodOrBetter: grades.length === 0 ? null : goodOrBetter / grades.length,
  };
};
