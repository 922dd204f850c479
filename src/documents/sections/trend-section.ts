import type { ReportFigures } from '../../domain/reports';
import { trendChart } from '../charts/trend-chart';
import { rateText, trendGoodText, trendRateText } from '../figure-text';
import type { Block } from '../word/blocks';
import { heading, para } from '../word/blocks';
import { chartImage } from '../word/chart-image';
import { table } from '../word/table';

/** The measures tracked over the cycles, as a chart and as a table of the same figures. */
export const trendSection = ({ trend }: ReportFigures): Block[] => [
  heading('Trend over cycles'),
  ...(trend.length === 0
    ? [para('No cycles to compare yet.')]
    : [
        chartImage(trendChart(trend)),
        table(
          [
            'Cycle',
            'Audits completed',
            'Good or better',
            'Good or better before moderation',
            'Inadequate',
            'Moderation agreement',
            'Closing the loop',
          ],
          trend.map((t) => [
            t.name,
            `${t.submitted}`,
            trendGoodText(t),
            trendRateText(t.auditorShareGoodOrBetter, t.submitted),
            `${t.inadequate}`,
            rateText(t.agreementRate),
            rateText(t.closingTheLoopRate),
          ]),
        ),
      ]),
];
