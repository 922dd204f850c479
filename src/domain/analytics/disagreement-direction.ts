import { gradeRank } from '../records/grade';
import type { Moderation } from '../records/moderation';
import { groupBy } from './group-by';
import { isModerated } from './graded-audits';

/**
 * Which way an auditor's grades lean against moderation: 'generous' when moderators more often
 * grade lower than the auditor, 'harsh' when they more often grade higher, 'balanced' otherwise.
 */
export type AuditorTendency = 'generous' | 'harsh' | 'balanced';

export interface DisagreementDirection {
  readonly auditorId: string;
  readonly moderated: number;
  /** The moderated grade is better than the auditor's (the auditor graded more harshly). */
  readonly moderatedHigher: number;
  /** The moderated grade is worse than the auditor's (the auditor graded more generously). */
  readonly moderatedLower: number;
  readonly same: number;
  readonly tendency: AuditorTendency;
}

/** Direction of disagreement per auditor, in auditor-id order. */
export const disagreementDirection = (
  moderations: readonly Moderation[],
): DisagreementDirection[] =>
  [...groupBy(moderations.filter(isModerated), (m) => m.auditorId)].map(([auditorId, group]) => {
    // Rank 0 is Outstanding, so a smaller rank is a better grade.
    const delta = group.map((m) => gradeRank(m.moderatedGrade) - gradeRank(m.auditorGrade));
    const moderatedHigher = delta.filter((d) => d < 0).length;
    const moderatedLower = delta.filter((d) => d > 0).length;
    return {
      auditorId,
      moderated: group.length,
      moderatedHigher,
      moderatedLower,
      same: group.length - moderatedHigher - moderatedLower,
      tendency:
        moderatedLower > moderatedHigher
          ? 'generous'
          : moderatedHigher > moderatedLower
            ? 'harsh'
            : 'balanced',
    };
  });
