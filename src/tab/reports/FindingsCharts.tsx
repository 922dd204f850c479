import { HorizontalBarChart } from '@fluentui/react-charts';
import { useMemo } from 'react';
import type { ReportFigures } from '../../domain/reports/report-figures';
import { GRADE_CHART_COLOURS, useDashboardStyles } from '../dashboard/dashboard.styles';
import { GradeDonut } from '../dashboard/GradeDonut';

/** A bar per row: this many of that many, Good or better (empty rows are left out). */
const goodOrBetterBars = (rows: readonly { title: string; count: number; of: number }[]) =>
  rows
    .filter((r) => r.of > 0)
    .map((r) => ({
      chartTitle: r.title,
      chartData: [
        {
          legend: 'Good or better',
          horizontalBarChartdata: { x: r.count, total: r.of },
          color: GRADE_CHART_COLOURS.Good,
        },
      ],
    }));

/**
 * The findings' charts, as their own chunk: the grades, Good or better by area, and the trend
 * across cycles. Each figure's table on the page says the same in text.
 */
export default function FindingsCharts({ figures }: { readonly figures: ReportFigures }) {
  const styles = useDashboardStyles();
  const areas = useMemo(
    () =>
      goodOrBetterBars(
        figures.byArea.map((a) => ({
          title: a.label,
          count: a.goodOrBetter.count,
          of: a.goodOrBetter.of,
        })),
      ),
    [figures],
  );
  const trend = useMemo(
    () =>
      goodOrBetterBars(
        figures.trend.map((t) => ({
          title: t.name,
          count: Math.round((t.shareGoodOrBetter ?? 0) * t.submitted),
          of: t.submitted,
        })),
      ),
    [figures],
  );
  return (
    <div className={styles.charts}>
      {figures.grades.total > 0 ? (
        <GradeDonut
          id="chart-findings-grades"
          caption="Overall grades after moderation"
          counts={figures.grades.counts}
        />
      ) : null}
      {areas.length > 0 ? (
        <figure className={styles.chart} aria-labelledby="chart-findings-areas">
          <figcaption id="chart-findings-areas">Good or better, by area</figcaption>
          <HorizontalBarChart data={areas} className={styles.bars} />
        </figure>
      ) : null}
      {trend.length > 0 ? (
        <figure className={styles.chart} aria-labelledby="chart-findings-trend">
          <figcaption id="chart-findings-trend">Good or better, cycle by cycle</figcaption>
          <HorizontalBarChart data={trend} className={styles.bars} />
        </figure>
      ) : null}
    </div>
  );
}
