import { HorizontalBarChart } from '@fluentui/react-charts';
import { useMemo } from 'react';
import type { DashboardResponse } from '../../contract/dashboard';
import { GRADES } from '../../domain/records/grade';
import { GRADE_CHART_COLOURS, useDashboardStyles } from './dashboard.styles';
import { GradeDonut } from './GradeDonut';
import { GradeLegend } from './GradeLegend';
import { teamRows } from './use-dashboard';

/** The charts: loaded as their own chunk, only when the dashboard is opened. */
export default function GradeCharts({ data }: { readonly data: DashboardResponse }) {
  const styles = useDashboardStyles();
  // The bars keep state derived from their data: give them a stable object.
  // (VerticalStackedBarChart 9.3.25 loops on re-render under React 19; a stacked horizontal
  // bar per team says the same.)
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
      <GradeDonut
        id="chart-grades"
        caption="Overall grades (moderated where moderated)"
        counts={data.grades.moderated.counts}
      />
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
