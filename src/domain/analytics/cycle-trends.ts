import type { Action } from '../records/action';
import type { Audit } from '../records/audit';
import type { Cycle } from '../records/cycle';
import type { Moderation } from '../records/moderation';
import { actionCounts } from './action-counts';
import { distributionOf } from './grade-counts';
import { gradedAudits } from './graded-audits';
import { moderationAgreement } from './moderation-agreement';

export interface CycleTrend {
  readonly cycleId: string;
  readonly name: string;
  readonly startDate: string;
  readonly submitted: number;
  /** Share Good or better by the moderated grade (the auditor's where not moderated). */
  readonly shareGoodOrBetter: number | null;
  /** Share Good or better by the auditor's grade. */
  readonly auditorShareGoodOrBetter: number | null;
  /** Audits Inadequate by the moderated grade. */
  readonly inadequate: number;
  readonly agreementRate: number | null;
  readonly closingTheLoopRate: number | null;
}

/** Per cycle, in start-date order: the measures the six-weekly findings report tracks over time. */
export const cycleTrends = (
  cycles: readonly Cycle[],
  audits: readonly Audit[],
  moderations: readonly Moderation[],
  actions: readonly Action[],
  today: string,
): CycleTrend[] =>
  [...cycles]
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id))
    .map((cycle) => {
      const graded = gradedAudits(
        audits.filter((a) => a.cycleId === cycle.id),
        moderations,
      );
      const moderated = distributionOf(graded.map((g) => g.moderatedGrade));
      return {
        cycleId: cycle.id,
        name: cycle.name,
        startDate: cycle.startDate,
        submitted: graded.length,
        shareGoodOrBetter: moderated.shareGoodOrBetter,
        auditorShareGoodOrBetter: distributionOf(graded.map((g) => g.auditorGrade))
          .shareGoodOrBetter,
        inadequate: moderated.counts.Inadequate,
        agreementRate: moderationAgreement(moderations.filter((m) => m.cycleId === cycle.id)).rate,
        closingTheLoopRate: actionCounts(
          actions.filter((a) => a.cycleId === cycle.id),
          today,
        ).closingTheLoopRate,
      };
    });
