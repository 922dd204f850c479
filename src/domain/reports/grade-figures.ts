import type { GradeCounts } from '../analytics/grade-counts';
import { distributionOf } from '../analytics/grade-counts';
import type { Grade } from '../records/grade';
import type { Share, TargetResult } from './share';
import { shareFigure } from './share';
import type { GradeTargets } from './targets';
import { atLeast, atMost } from './targets';

/** A set of grades as every report prints them: counts, the two shares and the targets. */
export interface GradeFigures {
  readonly total: number;
  readonly counts: GradeCounts;
  readonly goodOrBetter: Share;
  readonly inadequate: Share;
  readonly targets: {
    readonly goodOrBetter: TargetResult;
    readonly inadequate: TargetResult;
  };
}

export const gradeFigures = (grades: readonly Grade[], targets: GradeTargets): GradeFigures => {
  const d = distributionOf(grades);
  const goodOrBetter = shareFigure(d.goodOrBetter, d.total);
  const inadequate = shareFigure(d.counts.Inadequate, d.total);
  return {
    total: d.total,
    counts: d.counts,
    goodOrBetter,
    inadequate,
    targets: {
      goodOrBetter: atLeast(goodOrBetter, targets.goodOrBetterAtLeast),
      inadequate: atMost(inadequate, targets.inadequateAtMost),
    },
  };
};
