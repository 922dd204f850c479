import type { Grade } from '../records/grade';
import { gradeRank } from '../records/grade';

export const GRADE_CHANGES = ['improved', 'same', 'declined'] as const;
export type GradeChange = (typeof GRADE_CHANGES)[number];

/** On the Ofsted scale (Outstanding > Good > Requires improvement > Inadequate). */
export const gradeChange = (before: Grade, after: Grade): GradeChange => {
  const d = gradeRank(before) - gradeRank(after);
  return d > 0 ? 'improved' : d < 0 ? 'declined' : 'same';
};

/** The grades that call for a re-audit of the case. */
export const callsForReaudit = (grade: Grade): boolean =>
  grade === 'Inadequate' || grade === 'Requires improvement to be good';
