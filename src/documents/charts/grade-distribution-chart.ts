import type { GradeFigures } from '../../domain/reports';
import { shareText } from '../../domain/reports';
import { GRADES } from '../../domain/records/grade';
import { gradeCountsText } from '../figure-text';
import { barChartSvg } from './bar-chart-svg';
import type { Chart } from './chart';
import { CHART_HEIGHT, CHART_WIDTH } from './chart';
import { renderPng } from './render-png';

const SHORT: Readonly<Record<(typeof GRADES)[number], string>> = {
  Outstanding: 'Outstanding',
  Good: 'Good',
  'Requires improvement to be good': 'Requires improvement',
  Inadequate: 'Inadequate',
};

/** A bar for each grade, with the counts and the two shares in the alt text. */
export const gradeDistributionChart = (
  grades: GradeFigures,
  title = 'Grade distribution',
): Chart => {
  const svg = barChartSvg({
    title,
    bars: GRADES.map((g) => ({
      label: SHORT[g],
      value: grades.counts[g],
      text: `${grades.counts[g]}`,
    })),
    max: Math.max(...GRADES.map((g) => grades.counts[g]), 1),
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  const altText =
    grades.total === 0
      ? `${title}: no audits graded yet.`
      : `${title}, ${grades.total} audits graded: ${gradeCountsText(grades)}. ` +
        `Good or better: ${shareText(grades.goodOrBetter)}. Inadequate: ${shareText(grades.inadequate)}.`;
  return { title, altText, svg, png: renderPng(svg), width: CHART_WIDTH, height: CHART_HEIGHT };
};
