import type { ReportFigures } from '../../domain/reports';
import { labelOf } from '../figure-text';
import type { Block } from '../word/blocks';
import { heading, para } from '../word/blocks';
import { table } from '../word/table';
import type { ReportContext } from './report-context';

/** Who carried the audits and the moderations. */
export const loadSection = ({ load }: ReportFigures, { labels }: ReportContext): Block[] => [
  heading('Auditor and moderator load'),
  heading('Auditors', 2),
  load.auditors.length === 0
    ? para('No audits allocated.')
    : table(
        ['Auditor', 'Allocated', 'Completed', 'Overdue'],
        load.auditors.map((a) => [
          labelOf(labels.staff, a.staffId),
          `${a.allocated}`,
          `${a.submitted}`,
          `${a.overdue}`,
        ]),
      ),
  heading('Moderators', 2),
  load.moderators.length === 0
    ? para('No moderations allocated.')
    : table(
        ['Moderator', 'Allocated', 'Moderated'],
        load.moderators.map((m) => [
          labelOf(labels.staff, m.staffId),
          `${m.allocated}`,
          `${m.moderated}`,
        ]),
      ),
];
