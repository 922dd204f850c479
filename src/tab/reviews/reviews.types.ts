import type { AnswerType, ReviewKind, ReviewState } from '../../domain/records/review';
import { GRADES } from '../../domain/records/grade';
import { SCALE_VALUES, YES_NO_VALUES } from '../../domain/reviews/answers';

export const REVIEW_KIND_LABELS: Readonly<Record<ReviewKind, string>> = {
  ThematicAudit: 'Thematic audit',
  DipSample: 'Dip sample',
};

export const REVIEW_STATE_LABELS: Readonly<Record<ReviewState, string>> = {
  Designing: 'Designing',
  Sampling: 'Sampling',
  Completed: 'Completed',
  Shared: 'Shared with the service',
};

export const ANSWER_TYPE_LABELS: Readonly<Record<AnswerType, string>> = {
  YesNo: 'Yes or no',
  Scale: 'Scale of 1 to 4',
  Grade: 'Ofsted grade',
  Text: 'Short text',
};

/** The values a question of each type takes (none listed: free text). */
export const ANSWER_VALUES: Readonly<Record<AnswerType, readonly string[]>> = {
  YesNo: YES_NO_VALUES,
  Scale: SCALE_VALUES,
  Grade: GRADES,
  Text: [],
};

/** Issues a form shows beside its own fields; any other is shown above the forms. */
const PLACED =
  /^(theme|questions(\.\d+\.(text|answer))?|filter\.(teamIds|serviceAreaIds)|sampleSize|findings|learning|recommendations|answers)$/;

/** Whether an error needs showing above the forms: a refusal, or an issue no form shows itself. */
export const showsAbove = (issues: Readonly<Record<string, string>>, error: unknown): boolean => {
  const fields = Object.keys(issues);
  return error !== null && (fields.length === 0 || fields.some((field) => !PLACED.test(field)));
};
