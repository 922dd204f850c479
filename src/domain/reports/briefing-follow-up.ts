import { gradedAudits } from '../analytics/graded-audits';
import type { Audit } from '../records/audit';
import type { BriefingDiscussion } from '../records/briefing-discussion';
import type { Cycle } from '../records/cycle';
import type { Grade } from '../records/grade';
import type { Moderation } from '../records/moderation';
import type { GradeFigures } from './grade-figures';
import { gradeFigures } from './grade-figures';
import type { GradeTargets } from './targets';

/** The team's grades in the area it chose, in one cycle after the briefing. */
export interface FollowUpCycle {
  readonly cycleId: string;
  readonly name: string;
  readonly grades: GradeFigures;
}

/**
 * What came of a briefing: for the team that discussed it, the grade in the area it chose to
 * work on in each cycle that started after the briefing's cycle (section 8, closing the loop on
 * learning).
 */
export const briefingFollowUp = (
  discussion: BriefingDiscussion,
  cycles: readonly Cycle[],
  audits: readonly Audit[],
  moderations: readonly Moderation[],
  targets: GradeTargets,
): FollowUpCycle[] => {
  const start = cycles.find((c) => c.id === discussion.cycleId)?.startDate ?? '';
  return [...cycles]
    .filter((c) => c.startDate > start && c.state !== 'Planned')
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map((cycle) => {
      const own = audits.filter((a) => a.cycleId === cycle.id && a.teamId === discussion.teamId);
      const grades = gradedAudits(own, moderations)
        .map((g) => g.audit.areas[discussion.area].grade)
        .filter((g): g is Grade => g !== null);
      return { cycleId: cycle.id, name: cycle.name, grades: gradeFigures(grades, targets) };
    });
};
