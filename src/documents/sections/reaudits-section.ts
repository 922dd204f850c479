import type { GradeChange } from '../../domain/reaudits/grade-change';
import type { ReportFigures } from '../../domain/reports';
import type { Block } from '../word/blocks';
import { figure, heading, para } from '../word/blocks';
import { table } from '../word/table';

const CHANGE: Readonly<Record<GradeChange, string>> = {
  improved: 'Improved',
  same: 'Same',
  declined: 'Declined',
};

/** Re-audits of Inadequate and Requires improvement grades: the grade before and after, by case number. */
export const reauditsSection = ({ reaudits: r }: ReportFigures): Block[] => [
  heading('Re-audits'),
  figure('Scheduled, not yet allocated', `${r.scheduled}`),
  figure('Allocated', `${r.allocated}`),
  figure('Graded', `${r.graded}`),
  figure('Improved', `${r.improved}`),
  figure('Same', `${r.same}`),
  figure('Declined', `${r.declined}`),
  figure('Cancelled', `${r.cancelled}`),
  r.rows.length === 0
    ? para('No re-audits allocated.')
    : table(
        ['Case number', 'Grade before', 'Grade after', 'Change'],
        r.rows.map((row) => [
          row.caseNumber,
          row.gradeBefore,
          row.gradeAfter ?? 'Not yet graded',
          row.change === null ? '' : CHANGE[row.change],
        ]),
      ),
];
