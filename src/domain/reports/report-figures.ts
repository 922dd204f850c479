import type { AuditQualityFigures } from '../analytics/audit-quality';
import { auditQualityFigures } from '../analytics/audit-quality';
import type { CycleTrend } from '../analytics/cycle-trends';
import { cycleTrends } from '../analytics/cycle-trends';
import { gradedAudits } from '../analytics/graded-audits';
import type { GradedAudit } from '../analytics/graded-audits';
import { groupBy } from '../analytics/group-by';
import { auditTimeliness, type Timeliness } from '../analytics/timeliness';
import type { Area, Grade } from '../records/grade';
import { AREA_LABELS, AREAS } from '../records/grade';
import type { ActionFigures } from './action-figures';
import { actionFigures } from './action-figures';
import type { FeedbackFigures } from './feedback-figures';
import { feedbackFigures } from './feedback-figures';
import type { GradeFigures } from './grade-figures';
import { gradeFigures } from './grade-figures';
import type { LoadFigures } from './load-figures';
import { loadFigures } from './load-figures';
import type { ModerationFigures } from './moderation-figures';
import { moderationFigures } from './moderation-figures';
import type { ReauditFigures } from './reaudit-figures';
import { reauditFigures } from './reaudit-figures';
import type { ReportInput } from './report-input';
import type { Share } from './share';
import { SMALL_GROUP, shareFigure } from './share';
import type { GradeTargets } from './targets';

export interface GroupGrades extends GradeFigures {
  /** A service area id, team id or cohort. */
  readonly key: string;
}

export interface AreaGrades extends GradeFigures {
  readonly area: Area;
  readonly label: string;
}

/** An Inadequate audit of the period, by case number only (section 7, step 9). */
export interface InadequateCase {
  readonly caseNumber: string;
  readonly auditId: string;
  readonly cycleId: string;
  readonly serviceAreaId: string;
  readonly teamId: string;
}

/**
 * Every figure of the framework's reports (section 6), computed once from the records: the
 * findings page, the dashboard, and every document print these and nothing else.
 */
export interface ReportFigures {
  readonly completion: {
    readonly allocated: number;
    /** Submitted of allocated. */
    readonly submitted: Share;
    /** Submitted by the audit due date, of those due. */
    readonly onTime: Share;
    readonly timeliness: Timeliness;
  };
  /** The overall grade as it stands after moderation (the auditor's where not moderated). */
  readonly grades: GradeFigures;
  /** The overall grade as the auditors gave it. */
  readonly auditorGrades: GradeFigures;
  readonly byService: readonly GroupGrades[];
  readonly byTeam: readonly GroupGrades[];
  readonly byCohort: readonly GroupGrades[];
  /** The six areas, strongest first (share Good or better; ties in the framework's order). */
  readonly byArea: readonly AreaGrades[];
  /**
   * Strongest and weakest areas; empty when too few areas were graded to say, or when every
   * area stands level (one audit does not make all six areas both strongest and weakest).
   */
  readonly strongest: readonly Area[];
  readonly weakest: readonly Area[];
  readonly trend: readonly CycleTrend[];
  readonly moderation: ModerationFigures;
  readonly actions: ActionFigures;
  readonly reaudits: ReauditFigures;
  readonly feedback: FeedbackFigures;
  readonly load: LoadFigures;
  /** The audit of audits over the period: the moderators' rubric, and agreement. */
  readonly quality: AuditQualityFigures;
  readonly inadequateCases: readonly InadequateCase[];
}

const byKey = (
  graded: readonly GradedAudit[],
  keyOf: (g: GradedAudit) => string,
  targets: GradeTargets,
): GroupGrades[] =>
  [...groupBy(graded, keyOf)].map(([key, group]) => ({
    key,
    ...gradeFigures(
      group.map((g) => g.moderatedGrade),
      targets,
    ),
  }));

const areaGrades = (graded: readonly GradedAudit[], targets: GradeTargets): AreaGrades[] =>
  AREAS.map((area) => ({
    area,
    label: AREA_LABELS[area],
    ...gradeFigures(
      graded.map((g) => g.audit.areas[area].grade).filter((x): x is Grade => x !== null),
      targets,
    ),
  })).sort((a, b) => (b.goodOrBetter.value ?? -1) - (a.goodOrBetter.value ?? -1));

const extremes = (areas: readonly AreaGrades[]) => {
  const judged = areas.filter((a) => a.total >= SMALL_GROUP);
  const best = judged.at(0)?.goodOrBetter.value;
  const worst = judged.at(-1)?.goodOrBetter.value;
  if (judged.length < 2 || best === worst) return { strongest: [], weakest: [] };
  return {
    strongest: judged.filter((a) => a.goodOrBetter.value === best).map((a) => a.area),
    weakest: judged.filter((a) => a.goodOrBetter.value === worst).map((a) => a.area),
  };
};

export const reportFigures = (input: ReportInput): ReportFigures => {
  const { targets, today } = input;
  const period = new Set(input.period);
  const audits = input.audits.filter((a) => period.has(a.cycleId));
  const ids = new Set(audits.map((a) => a.id));
  const moderations = input.moderations.filter((m) => ids.has(m.auditId));
  const actions = input.actions.filter((a) => ids.has(a.auditId));
  const graded = gradedAudits(audits, moderations);
  const timeliness = auditTimeliness(audits, today);
  const byArea = areaGrades(graded, targets);
  return {
    completion: {
      allocated: audits.length,
      submitted: shareFigure(graded.length, audits.length),
      onTime: shareFigure(timeliness.onTime, timeliness.due),
      timeliness,
    },
    grades: gradeFigures(
      graded.map((g) => g.moderatedGrade),
      targets,
    ),
    auditorGrades: gradeFigures(
      graded.map((g) => g.auditorGrade),
      targets,
    ),
    byService: byKey(graded, (g) => g.audit.serviceAreaId, targets),
    byTeam: byKey(graded, (g) => g.audit.teamId, targets),
    byCohort: byKey(graded, (g) => g.audit.cohort, targets),
    byArea,
    ...extremes(byArea),
    trend: cycleTrends(input.cycles, input.audits, input.moderations, input.actions, today),
    moderation: moderationFigures(graded, moderations),
    actions: actionFigures(actions, today),
    reaudits: reauditFigures(
      input.reaudits.filter((r) => ids.has(r.auditId ?? '') || ids.has(r.earlierAuditId)),
      audits,
      moderations,
    ),
    feedback: feedbackFigures(
      input.feedback,
      graded.map((g) => g.audit),
    ),
    load: loadFigures(audits, moderations, today),
    quality: auditQualityFigures('all', input.period.join(','), moderations),
    inadequateCases: graded
      .filter((g) => g.moderatedGrade === 'Inadequate')
      .map((g) => ({
        caseNumber: g.audit.caseNumber,
        auditId: g.audit.id,
        cycleId: g.audit.cycleId,
        serviceAreaId: g.audit.serviceAreaId,
        teamId: g.audit.teamId,
      }))
      .sort((a, b) => a.caseNumber.localeCompare(b.caseNumber)),
  };
};
