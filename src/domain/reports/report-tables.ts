import { QUALITY_CRITERIA, QUALITY_CRITERION_LABELS } from '../records/audit-quality';
import { COHORT_LABELS, type Cohort } from '../records/case';
import { FEEDBACK_SOURCE_LABELS } from '../records/feedback';
import { AREA_LABELS, GRADES } from '../records/grade';
import type { GradeFigures } from './grade-figures';
import type { GroupGrades, ReportFigures } from './report-figures';
import { shareFigure, shareText, TARGET_RESULT_TEXT } from './share';

/**
 * One table of a report, as the tab and every document print it: a caption, column headings and
 * rows whose first cell heads the row. Figures and case numbers only, already in words.
 */
export interface ReportTable {
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Display names by id (services, teams, staff); an id without one is printed as it is. */
export type NameOf = (id: string) => string;

const percent = (value: number | null) =>
  value === null ? '—' : `${String(Math.round(value * 100))}%`;
const decimal = (value: number | null) => (value === null ? '—' : value.toFixed(2));

const GRADE_COLUMNS = [...GRADES, 'Good or better', 'Inadequate share'];
const gradeCells = (g: GradeFigures): string[] => [
  ...GRADES.map((grade) => String(g.counts[grade])),
  shareText(g.goodOrBetter),
  shareText(g.inadequate),
];

const groupTable = (
  id: string,
  caption: string,
  heading: string,
  groups: readonly GroupGrades[],
  label: (key: string) => string,
): ReportTable => ({
  id,
  caption,
  columns: [heading, ...GRADE_COLUMNS],
  rows: [...groups]
    .sort((a, b) => label(a.key).localeCompare(label(b.key)))
    .map((g) => [label(g.key), ...gradeCells(g)]),
});

/** The headline figures: completion, timeliness and the grades against the council's targets. */
export const summaryTable = (f: ReportFigures): ReportTable => ({
  id: 'summary',
  caption: 'Summary',
  columns: ['Measure', 'Figure', 'Against target'],
  rows: [
    ['Audits allocated', String(f.completion.allocated), ''],
    ['Audits submitted', shareText(f.completion.submitted), ''],
    ['Submitted on time', shareText(f.completion.onTime), ''],
    [
      'Good or better',
      shareText(f.grades.goodOrBetter),
      TARGET_RESULT_TEXT[f.grades.targets.goodOrBetter],
    ],
    ['Inadequate', shareText(f.grades.inadequate), TARGET_RESULT_TEXT[f.grades.targets.inadequate]],
    ['Moderated', shareText(f.moderation.coverage), ''],
    ['Moderator agreed', shareText(f.moderation.agreement), ''],
    ['Actions closing the loop', shareText(f.actions.closingTheLoop), ''],
  ],
});

/** Every table of a findings report, in the report's order. */
export const reportTables = (f: ReportFigures, nameOf: NameOf): ReportTable[] => [
  summaryTable(f),
  {
    id: 'grades',
    caption: 'Overall grades, as moderated and as the auditors gave them',
    columns: ['Grades', ...GRADE_COLUMNS],
    rows: [
      ['After moderation', ...gradeCells(f.grades)],
      ['As the auditors gave them', ...gradeCells(f.auditorGrades)],
    ],
  },
  {
    id: 'areas',
    caption: 'The six areas, strongest first',
    columns: ['Area', ...GRADE_COLUMNS],
    rows: f.byArea.map((a) => [a.label, ...gradeCells(a)]),
  },
  groupTable('services', 'Grades by service', 'Service', f.byService, nameOf),
  groupTable('teams', 'Grades by team', 'Team', f.byTeam, nameOf),
  groupTable('cohorts', 'Grades by cohort', 'Cohort', f.byCohort, (k) =>
    k in COHORT_LABELS ? COHORT_LABELS[k as Cohort] : k,
  ),
  trendTable(f),
  {
    id: 'moderation',
    caption: 'Moderation',
    columns: ['Measure', 'Figure'],
    rows: [
      ['Audits with a moderator', String(f.moderation.allocated)],
      ['Moderated', shareText(f.moderation.coverage)],
      ['Moderator agreed with the grade', shareText(f.moderation.agreement)],
      ['Kappa (unweighted)', decimal(f.moderation.kappa.unweighted)],
      ['Weighted kappa (linear)', decimal(f.moderation.kappa.linear)],
      ['Weighted kappa (quadratic)', decimal(f.moderation.kappa.quadratic)],
      ['Grade raised at moderation', String(f.moderation.changes.raised)],
      ['Grade lowered at moderation', String(f.moderation.changes.lowered)],
      ['Grade unchanged', String(f.moderation.changes.same)],
    ],
  },
  {
    id: 'drift',
    caption: 'Drift per auditor: how moderation moved their grades',
    columns: ['Auditor', 'Moderated', 'Raised', 'Lowered', 'Same', 'Leaning'],
    rows: f.moderation.drift.map((d) => [
      nameOf(d.auditorId),
      String(d.moderated),
      String(d.moderatedHigher),
      String(d.moderatedLower),
      String(d.same),
      d.moderated < 5 ? 'too few to say' : d.tendency,
    ]),
  },
  {
    id: 'actions',
    caption: 'Actions',
    columns: ['Measure', 'Figure'],
    rows: [
      ['Actions set', String(f.actions.counts.total)],
      ['Open', String(f.actions.counts.open)],
      ['Overdue', String(f.actions.counts.overdue)],
      ['Completed', String(f.actions.counts.completed)],
      ['Verified', String(f.actions.counts.verified)],
      ['Closed', String(f.actions.counts.closed)],
      ['Not completed, reason recorded', String(f.actions.notCompleted.withReason)],
      ['Not completed, no reason recorded', String(f.actions.notCompleted.withoutReason)],
      ['Completed on time', shareText(f.actions.onTime)],
      ['Closing the loop', shareText(f.actions.closingTheLoop)],
    ],
  },
  {
    id: 'owners',
    caption: 'Actions by owner',
    columns: ['Owner', 'Actions', 'Open', 'Overdue', 'Finished'],
    rows: [...f.actions.byOwner]
      .sort((a, b) => nameOf(a.ownerId).localeCompare(nameOf(b.ownerId)))
      .map((o) => [
        nameOf(o.ownerId),
        String(o.total),
        String(o.open),
        String(o.overdue),
        String(o.finished),
      ]),
  },
  {
    id: 'reaudits',
    caption: 'Re-audits: the grade before and after',
    columns: ['Case number', 'Grade before', 'Grade after', 'Change'],
    rows: f.reaudits.rows.map((r) => [
      r.caseNumber,
      r.gradeBefore,
      r.gradeAfter ?? 'not yet graded',
      r.change ?? '—',
    ]),
  },
  {
    id: 'feedback',
    caption: 'Feedback register',
    columns: ['Source', 'Entries', 'Positive', 'Mixed', 'Negative'],
    rows: f.feedback.register.map((s) => [
      FEEDBACK_SOURCE_LABELS[s.source],
      String(s.total),
      String(s.sentiments.Positive),
      String(s.sentiments.Mixed),
      String(s.sentiments.Negative),
    ]),
  },
  {
    id: 'voices',
    caption: 'Voices recorded in the audits',
    columns: ['Voice', 'Audits that recorded it'],
    rows: [
      [
        'Child or young person',
        shareText(shareFigure(f.feedback.inAudits.childYoungPerson, f.feedback.submittedAudits)),
      ],
      [
        'Parents and carers',
        shareText(shareFigure(f.feedback.inAudits.parentsCarers, f.feedback.submittedAudits)),
      ],
      [
        'Professionals',
        shareText(shareFigure(f.feedback.inAudits.professionals, f.feedback.submittedAudits)),
      ],
      [
        'The worker',
        shareText(shareFigure(f.feedback.inAudits.worker, f.feedback.submittedAudits)),
      ],
    ],
  },
  {
    id: 'quality',
    caption: 'The audit of audits: audits meeting each criterion of the rubric',
    columns: ['Criterion', 'Met'],
    rows: [
      ['Audits scored by a moderator', String(f.quality.scored)],
      ...QUALITY_CRITERIA.map((c) => [QUALITY_CRITERION_LABELS[c], shareText(f.quality.met[c])]),
    ],
  },
  {
    id: 'auditors',
    caption: 'Auditor load',
    columns: ['Auditor', 'Allocated', 'Submitted', 'Overdue'],
    rows: f.load.auditors.map((a) => [
      nameOf(a.staffId),
      String(a.allocated),
      String(a.submitted),
      String(a.overdue),
    ]),
  },
  {
    id: 'moderators',
    caption: 'Moderator load',
    columns: ['Moderator', 'Allocated', 'Moderated'],
    rows: f.load.moderators.map((m) => [
      nameOf(m.staffId),
      String(m.allocated),
      String(m.moderated),
    ]),
  },
  {
    id: 'inadequate',
    caption: 'Inadequate cases, by case number',
    columns: ['Case number', 'Service', 'Team'],
    rows: f.inadequateCases.map((c) => [c.caseNumber, nameOf(c.serviceAreaId), nameOf(c.teamId)]),
  },
];

/** The trend over cycles: submitted, Good or better, Inadequate, agreement, closing the loop. */
export const trendTable = (f: ReportFigures): ReportTable => ({
  id: 'trend',
  caption: 'Trend over cycles',
  columns: [
    'Cycle',
    'Submitted',
    'Good or better',
    'Good or better as audited',
    'Inadequate',
    'Agreement',
    'Closing the loop',
  ],
  rows: f.trend.map((t) => [
    t.name,
    String(t.submitted),
    t.submitted < 5 ? 'small group' : percent(t.shareGoodOrBetter),
    t.submitted < 5 ? 'small group' : percent(t.auditorShareGoodOrBetter),
    String(t.inadequate),
    percent(t.agreementRate),
    percent(t.closingTheLoopRate),
  ]),
});

/** The strongest and weakest areas in words, or why none can be named. */
export const extremesText = (f: ReportFigures): string =>
  f.strongest.length === 0
    ? 'No strongest or weakest area can be named: too few areas were graded, or all stand level.'
    : `Strongest: ${f.strongest.map((a) => AREA_LABELS[a]).join(', ')}. Weakest: ${f.weakest.map((a) => AREA_LABELS[a]).join(', ')}.`;
