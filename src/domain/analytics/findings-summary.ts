import type { Action } from '../records/action';
import type { Audit } from '../records/audit';
import type { Area } from '../records/grade';
import { AREA_LABELS, AREAS } from '../records/grade';
import type { Moderation } from '../records/moderation';
import type { ActionCounts } from './action-counts';
import { actionCounts } from './action-counts';
import type { GradeDistribution } from './grade-counts';
import type { GradeDistributions } from './grade-distributions';
import { distributionsOf } from './grade-distributions';
import { gradedAudits } from './graded-audits';
import type { ModerationKappa } from './moderation-agreement';
import { moderationKappa } from './moderation-agreement';
import type { Timeliness } from './timeliness';
import { auditTimeliness, moderationTimeliness } from './timeliness';

/** One of the six areas as a theme of the findings report: figures only, never audit text. */
export interface AreaFinding extends GradeDistribution {
  readonly area: Area;
  readonly label: string;
}

export interface FindingsSummary {
  readonly allocated: number;
  readonly submitted: number;
  readonly grades: GradeDistributions;
  /** Areas with a grade, strongest first (share Good or better; ties in the framework's order). */
  readonly areas: readonly AreaFinding[];
  /** The area(s) with the highest share Good or better, and the lowest; ties are all named. */
  readonly strongest: readonly Area[];
  readonly weakest: readonly Area[];
  readonly moderation: ModerationKappa;
  readonly auditTimeliness: Timeliness;
  readonly moderationTimeliness: Timeliness;
  readonly actions: ActionCounts;
}

/**
 * The figures for the six-weekly findings report (section 6) on one cycle's audits. Moderations
 * and actions are matched to those audits, so whole lists may be passed.
 */
export const findingsSummary = (
  cycleAudits: readonly Audit[],
  moderations: readonly Moderation[],
  actions: readonly Action[],
  today: string,
): FindingsSummary => {
  const ids = new Set(cycleAudits.map((a) => a.id));
  const ownModerations = moderations.filter((m) => ids.has(m.auditId));
  const graded = gradedAudits(cycleAudits, ownModerations);
  const grades = distributionsOf(graded);
  const areas = AREAS.map((area) => ({ area, label: AREA_LABELS[area], ...grades.areas[area] }))
    .filter((a) => a.shareGoodOrBetter !== null)
    .sort((a, b) => (b.shareGoodOrBetter ?? 0) - (a.shareGoodOrBetter ?? 0));
  const best = areas.at(0)?.shareGoodOrBetter;
  const worst = areas.at(-1)?.shareGoodOrBetter;
  return {
    allocated: cycleAudits.length,
    submitted: graded.length,
    grades,
    areas,
    strongest: areas.filter((a) => a.shareGoodOrBetter === best).map((a) => a.area),
    weakest: areas.filter((a) => a.shareGoodOrBetter === worst).map((a) => a.area),
    moderation: moderationKappa(ownModerations),
    auditTimeliness: auditTimeliness(cycleAudits, today),
    moderationTimeliness: moderationTimeliness(cycleAudits, ownModerations, today),
    actions: actionCounts(
      actions.filter((a) => ids.has(a.auditId)),
      today,
    ),
  };
};
