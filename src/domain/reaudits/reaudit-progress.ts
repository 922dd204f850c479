import type { Grade } from '../records/grade';
import type { GradeChange } from './grade-change';
import { gradeChange } from './grade-change';

/** A re-audit on the tracker: the grade before, the grade after once it stands, and the change. */
export interface ReauditProgress {
  readonly earlierAuditId: string;
  readonly gradeBefore: Grade | null;
  readonly gradeAfter: Grade | null;
  /** Null until both grades stand. */
  readonly change: GradeChange | null;
}

export const reauditProgressOf = (
  earlierAuditId: string,
  gradeBefore: Grade | null,
  gradeAfter: Grade | null,
): ReauditProgress => ({
  earlierAuditId,
  gradeBefore,
  gradeAfter,
  change: gradeBefore === null || gradeAfter === null ? null : gradeChange(gradeBefore, gradeAfter),
});
