import type { DisagreementDirection } from '../analytics/disagreement-direction';
import { disagreementDirection } from '../analytics/disagreement-direction';
import type { GradedAudit } from '../analytics/graded-audits';
import { isModerated } from '../analytics/graded-audits';
import { moderationKappa } from '../analytics/moderation-agreement';
import type { Grade } from '../records/grade';
import { gradeRank } from '../records/grade';
import type { Moderation } from '../records/moderation';
import type { Share } from './share';
import { shareFigure } from './share';

export interface ModerationFigures {
  /** Submitted audits with a moderator allocated. */
  readonly allocated: number;
  /** Of the submitted audits, those moderated (section 7, step 6). */
  readonly coverage: Share;
  /** Of the moderated, those where the moderator agreed with the auditor's grade. */
  readonly agreement: Share;
  /** Cohen's kappa on the four-point scale; null where undefined. */
  readonly kappa: {
    readonly unweighted: number | null;
    readonly linear: number | null;
    readonly quadratic: number | null;
  };
  /** Rows: auditor's grade; columns: moderator's (Outstanding … Inadequate). */
  readonly matrix: readonly (readonly number[])[];
  /** Grade changes after moderation, by direction. */
  readonly changes: { readonly raised: number; readonly lowered: number; readonly same: number };
  /** Each auditor's leaning against moderation. */
  readonly drift: readonly DisagreementDirection[];
}

export const moderationFigures = (
  graded: readonly GradedAudit[],
  moderations: readonly Moderation[],
): ModerationFigures => {
  const done = moderations.filter(isModerated);
  const kappa = moderationKappa(done);
  const delta = (m: { auditorGrade: Grade; moderatedGrade: Grade }) =>
    gradeRank(m.moderatedGrade) - gradeRank(m.auditorGrade);
  return {
    allocated: graded.filter((g) => g.audit.moderatorId !== null).length,
    coverage: shareFigure(done.length, graded.length),
    agreement: shareFigure(kappa.agreed, kappa.moderated),
    kappa: { unweighted: kappa.unweighted, linear: kappa.linear, quadratic: kappa.quadratic },
    matrix: kappa.matrix,
    changes: {
      // Rank 0 is Outstanding: a smaller rank after moderation is a better grade.
      raised: done.filter((m) => delta(m) < 0).length,
      lowered: done.filter((m) => delta(m) > 0).length,
      same: done.filter((m) => delta(m) === 0).length,
    },
    drift: disagreementDirection(done),
  };
};
