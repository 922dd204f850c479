import { DonutChart, HorizontalBarChart } from '@fluentui/react-charts';
import { useMemo } from 'react';
import type { DashboardResponse } from '../../contract/dashboard';
import { GRADES } from '../../domain/records/grade';
import { GRADE_CHART_COLOURS, useDashboardStyles } from './dashboard.styles';
import { teamRows } from './use-dashboard';

/** The charts: loaded as their own chunk, only when the dashboard is opened. */
export default function GradeCharts({ data }: { readonly data: DashboardResponse }) {
  const styles = useDashboardStyles();
  // The charts keep state derived from their data: give them stable objects.
  // (VerticalStackedBarChart 9.3.25 loops on re-render under React 19; a stacked horizontal
  // bar per team says the same.)
  const donut = useMemo(
    () => ({
      chartTitle: 'Overall grades',
      chartData: GRADES.map((g) => ({
        legend: g,
        data: data.grades.moderated.counts[g],
        color: GRADE_CHART_COLOURS[g],
      })),
    }),
    [data],
  );
  const bars = useMemo(
    () =>
      teamRows(data).map((row) => {
        const total = row.counts.reduce((a, b) => a + b, 0);
        return {
          chartTitle: row.team,
          chartData: GRADES.map((g, i) => ({
            legend: g,
            horizontalBarChartdata: { x: row.counts[i] ?? 0, total },
            color: GRADE_CHART_COLOURS[g],
          })),
        };
      }),
    [data],
  );
  return (
    <div className={styles.charts}>
      <figure className={styles.chart} aria-labelledby="chart-grades">
        <figcaption id="chart-grades">Overall grades (moderated where moderated)</figcaption>
        <DonutChart innerRadius={55} height={260} data={donut} />
      </figure>
      <figure className={styles.chart} aria-labelledby="chart-teams">
        <figcaption id="chart-teams">Grades by team</figcaption>
        <HorizontalBarChart data={bars} />
      </figure>
    </div>
  );
}
