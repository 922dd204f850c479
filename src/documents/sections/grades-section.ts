import type { ReportFigures } from '../../domain/reports';
import { shareText } from '../../domain/reports';
import { GRADES } from '../../domain/records/grade';
import { gradeDistributionChart } from '../charts/grade-distribution-chart';
import { gradeCountsText, targetText } from '../figure-text';
import type { Block } from '../word/blocks';
import { figure, heading, para } from '../word/blocks';
import { chartImage } from '../word/chart-image';
import { table } from '../word/table';
import type { ReportContext } from './report-context';
import { goodTargetText, inadequateTargetText } from './report-context';

/** The grade distribution after moderation, the two shares, and each against its target. */
export const gradesSection = (f: ReportFigures, ctx: ReportContext): Block[] => [
  heading('Grades'),
  para(
    'The overall grade as it stands after moderation (the auditor’s grade where not moderated).',
  ),
  chartImage(gradeDistributionChart(f.grades)),
  table(
    ['Grade', 'Audits'],
    GRADES.map((g) => [g, `${f.grades.counts[g]}`]),
  ),
  figure('Good or better', shareText(f.grades.goodOrBetter)),
  figure(
    'Good or better against target',
    targetText(f.grades.targets.goodOrBetter, goodTargetText(ctx)),
  ),
  figure('Inadequate', shareText(f.grades.inadequate)),
  figure(
    'Inadequate against target',
    targetText(f.grades.targets.inadequate, inadequateTargetText(ctx)),
  ),
  figure('As the auditors graded, before moderation', gradeCountsText(f.auditorGrades)),
];
