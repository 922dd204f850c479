import type { ReportFigures } from '../../domain/reports';
import { shareText } from '../../domain/reports';
import type { Block } from '../word/blocks';
import { figure, heading } from '../word/blocks';

/** Audits completed against those allocated, and on time (section 7, step 1's timescales). */
export const completionSection = ({ completion }: ReportFigures): Block[] => [
  heading('Completion and timeliness'),
  figure('Audits allocated', `${completion.allocated}`),
  figure('Audits completed', shareText(completion.submitted)),
  figure('Completed on time', shareText(completion.onTime)),
  figure('Completed late', `${completion.timeliness.late}`),
  figure('Overdue, not yet completed', `${completion.timeliness.overdue}`),
  figure('Not yet due', `${completion.timeliness.notYetDue}`),
  figure(
    'Median days late',
    completion.timeliness.medianDaysLate === null
      ? 'none late'
      : `${completion.timeliness.medianDaysLate}`,
  ),
];
