import type { ReportFigures } from '../../domain/reports';
import { shareText } from '../../domain/reports';
import { labelOf } from '../figure-text';
import type { Block } from '../word/blocks';
import { figure, heading, para } from '../word/blocks';
import { table } from '../word/table';
import type { ReportContext } from './report-context';

/** The audits' actions and closing the loop (section 7, steps 7 and 8). */
export const actionsSection = (
  { actions: a }: ReportFigures,
  { labels }: ReportContext,
): Block[] => [
  heading('Actions and closing the loop'),
  table(
    ['Actions', 'Number'],
    [
      ['Agreed at audit', `${a.counts.total}`],
      ['Open or in progress', `${a.counts.open}`],
      ['Overdue', `${a.counts.overdue}`],
      ['Completed, awaiting verification', `${a.counts.completed}`],
      ['Verified, awaiting closure', `${a.counts.verified}`],
      ['Closed', `${a.counts.closed}`],
      ['Not completed', `${a.counts.notCompleted}`],
    ],
  ),
  figure('Completed on time', shareText(a.onTime)),
  figure('Closing the loop (of the actions due)', shareText(a.closingTheLoop)),
  figure('Not completed with the reason recorded', `${a.notCompleted.withReason}`),
  figure('Not completed without a reason recorded', `${a.notCompleted.withoutReason}`),
  heading('Actions by owner', 2),
  a.byOwner.length === 0
    ? para('No actions.')
    : table(
        ['Owner', 'Actions', 'Open', 'Overdue', 'Loop closed'],
        a.byOwner.map((o) => [
          labelOf(labels.staff, o.ownerId),
          `${o.total}`,
          `${o.open}`,
          `${o.overdue}`,
          `${o.finished}`,
        ]),
      ),
];
