import type { Grade } from '../records/grade';
import { GRADES, gradeRank } from '../records/grade';

/** A pair of grades given to one audit: the auditor's and the moderator's. */
export interface GradePair {
  readonly auditorGrade: Grade;
  readonly moderatedGrade: Grade;
}

/**
 * The 4 × 4 confusion matrix of auditor against moderator on the four-point scale: rows are the
 * auditor's grade, columns the moderator's, both in scale order (Outstanding first).
 */
export const gradeConfusionMatrix = (pairs: readonly GradePair[]): number[][] => {
  const matrix = GRADES.map(() => GRADES.map(() => 0));
  for (const { auditorGrade, moderatedGrade } of pairs) {
    matrix[gradeRank(auditorGrade)][gradeRank(moderatedGrade)] += 1;
  }
  return matrix;
};
