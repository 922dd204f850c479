import { DonutChart, HorizontalBarChart } from '@fluentui/react-charts';
import { useMemo } from 'react';
import type { DashboardResponse } from '../../contract/dashboard';
import { GRADES } from '../../domain/records/grade';
import { GRADE_CHART_COLOURS, useDashboardStyles } from './dashboard.styles';
import { GradeLegend } from './GradeLegend';
import { teamRows } from './use-dashboard';

/** The charts: loaded as their own chunk, only when the dashboard is opened. */
export default function GradeCharts({ data }: { readonly data: DashboardResponse }) {
  const styles = useDashboardStyles();
  // The charts keep state derived from their data: give them stable objects.
  // (VerticalStackedBarChart 9.3.25 loops on re-render under React 19; a stacked horizontal
  // bar per team says the same.)
  // No `chartTitle` on the donut: the figure's caption is its title (the donut draws its own
  // above its top edge, over the caption, and pulls its legend up over the ring to make room).
  const donut = useMemo(
    () => ({
      chartData: GRADES.map((g) => ({
        legend: g,
        data: data.grades.moderated.counts[g],
        color: GRADE_CHART_COLOURS[g],
      })),
    }),
    [data],
  );
  // Only the grades a team has (the bar chart spaces every segment, empty ones too, which
  // pushed a team's bar past the chart's edge), and only teams with a grade (it cannot draw an
  // empty bar); the table below lists every team.
  const bars = useMemo(
    () =>
      teamRows(data).flatMap((row) => {
        const total = row.counts.reduce((a, b) => a + b, 0);
        if (total === 0) return [];
        return {
          chartTitle: row.team,
          chartData: GRADES.flatMap((g, i) => {
            const x = row.counts[i] ?? 0;
            return x === 0
              ? []
              : [
                  {
                    legend: g,
                    horizontalBarChartdata: { x, total },
                    color: GRADE_CHART_COLOURS[g],
                  },
                ];
          }),
        };
      }),
    [data],
  );
  return (
    <div className={styles.charts}>
      <figure className={styles.chart} aria-labelledby="chart-grades">
        <figcaption id="chart-grades">Overall grades (moderated where moderated)</figcaption>
        <DonutChart
          innerRadius={55}
          height={260}
          data={donut}
          legendProps={{ enabledWrapLines: true }}
          className={styles.donut}
        />
      </figure>
      <figure className={styles.chart} aria-labelledby="chart-teams">
        <figcaption id="chart-teams">Grades by team</figcaption>
        {/* Its own legend has an entry per segment of every bar ("Outstanding, Good, +10
            more" for three teams); one legend of the four grades says it once. */}
        <HorizontalBarChart data={bars} showLegendForSinglePointBar className={styles.bars} />
        <GradeLegend />
      </figure>
    </div>
  );
}
