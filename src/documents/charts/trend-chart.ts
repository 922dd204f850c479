import type { CycleTrend } from '../../domain/analytics/cycle-trends';
import { SMALL_GROUP } from '../../domain/reports';
import { trendGoodText } from '../figure-text';
import { barChartSvg } from './bar-chart-svg';
import type { Chart } from './chart';
import { CHART_HEIGHT, CHART_WIDTH } from './chart';
import { renderPng } from './render-png';

const cycleWords = (t: CycleTrend): string =>
  t.submitted === 0
    ? `${t.name}, no audits completed`
    : t.submitted < SMALL_GROUP
      ? `${t.name}, ${t.submitted} audits, too few for a percentage`
      : `${t.name}, ${trendGoodText(t)} of ${t.submitted} audits`;

/**
 * Good or better over the cycles, one bar a cycle; a cycle with too few audits has no bar,
 * only its count, so that a small group is never drawn as a percentage.
 */
export const trendChart = (
  trend: readonly CycleTrend[],
  title = 'Good or better by cycle',
): Chart => {
  const svg = barChartSvg({
    title,
    bars: trend.map((t) => ({
      label: t.name,
      value: t.submitted < SMALL_GROUP ? null : t.shareGoodOrBetter,
      text: trendGoodText(t),
    })),
    max: 1,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  const altText =
    trend.length === 0
      ? `${title}: no cycles yet.`
      : `${title}: ` + trend.map(cycleWords).join('; ') + '.';
  return { title, altText, svg, png: renderPng(svg), width: CHART_WIDTH, height: CHART_HEIGHT };
};
