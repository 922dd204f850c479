import { describe, expect, it } from 'vitest';
import type { CycleTrend } from '../../domain/analytics/cycle-trends';
import { reportFigures } from '../../domain/reports';
import { fixtureInput } from '../testing/report-fixture';
import { gradeDistributionChart } from './grade-distribution-chart';
import { trendChart } from './trend-chart';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

const cycle = (name: string, submitted: number, share: number | null): CycleTrend => ({
  cycleId: name,
  name,
  startDate: '2025-01-01',
  submitted,
  shareGoodOrBetter: share,
  auditorShareGoodOrBetter: share,
  inadequate: 0,
  agreementRate: null,
  closingTheLoopRate: null,
});

describe('charts', () => {
  it('draws the grade distribution as a PNG and states every count in its alt text', () => {
    const chart = gradeDistributionChart(reportFigures(fixtureInput()).grades);
    expect(chart.png.subarray(0, 4).equals(PNG)).toBe(true);
    expect(chart.altText).toBe(
      'Grade distribution, 10 audits graded: Outstanding 1, Good 2, Requires improvement to be good 5, Inadequate 2. ' +
        'Good or better: 30% (3 of 10). Inadequate: 20% (2 of 10).',
    );
    expect(chart.svg).toContain('>5</text>');
  });

  it('draws no bar for a cycle too small to read as a percentage, and says so', () => {
    const chart = trendChart([cycle('Cycle 1', 12, 0.5), cycle('Cycle 2 & 3', 3, 1)]);
    expect(chart.png.subarray(0, 4).equals(PNG)).toBe(true);
    expect(chart.altText).toBe(
      'Good or better by cycle: Cycle 1, 50% of 12 audits; Cycle 2 & 3, 3 audits, too few for a percentage.',
    );
    expect(chart.svg.match(/<rect /g)).toHaveLength(2); // the background and one bar
    expect(chart.svg).toContain('Cycle 2 &amp; 3');
    expect(chart.svg).not.toContain('100%');
  });

  it('says when there is nothing to chart yet', () => {
    expect(trendChart([]).altText).toBe('Good or better by cycle: no cycles yet.');
  });
});
