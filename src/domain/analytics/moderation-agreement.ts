import type { Grade } from '../records/grade';
import { GRADES } from '../records/grade';
import type { Moderation } from '../records/moderation';
import { gradeConfusionMatrix } from './confusion-matrix';
import { isModerated } from './graded-audits';
import { shareOf } from './group-by';
import { cohensKappa } from './kappa';

export interface ModerationAgreement {
  /** Completed moderations (agreed or disagreed, with a moderated grade). */
  readonly moderated: number;
  readonly agreed: number;
  readonly disagreed: number;
  /** agreed ÷ moderated; null when nothing was moderated. */
  readonly rate: number | null;
}

/** How often moderators agreed with the auditor's overall grade. */
export const moderationAgreement = (moderations: readonly Moderation[]): ModerationAgreement => {
  const done = moderations.filter(isModerated);
  const agreed = done.filter((m) => m.moderatedGrade === m.auditorGrade).length;
  return {
    moderated: done.length,
    agreed,
    disagreed: done.length - agreed,
    rate: shareOf(agreed, done.length),
  };
};

export interface ModerationKappa extends ModerationAgreement {
  /** Rows: auditor's grade; columns: moderator's grade. */
  readonly grades: readonly Grade[];
  readonly matrix: readonly (readonly number[])[];
  /** Null where kappa is undefined (see `cohensKappa`). */
  readonly unweighted: number | null;
  readonly linear: number | null;
  readonly quadratic: number | null;
}

/**
 * Agreement beyond chance between auditors and moderators on the four-point scale: Cohen's
 * kappa, unweighted and weighted (linear and quadratic, so that Good against Outstanding counts
 * as a smaller disagreement than Inadequate against Outstanding).
 */
export const moderationKappa = (moderations: readonly Moderation[]): ModerationKappa => {
  const matrix = gradeConfusionMatrix(moderations.filter(isModerated));
  return {
    ...moderationAgreement(moderations),
    grades: GRADES,
    matrix,
    unweighted: cohensKappa(matrix, 'unweighted'),
    linear: cohensKappa(matrix, 'linear'),
    quadratic: cohensKappa(matrix, 'quadratic'),
  };
};
