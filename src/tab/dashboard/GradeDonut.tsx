import { DonutChart } from '@fluentui/react-charts';
import { useMemo } from 'react';
import type { GradeCounts } from '../../domain/analytics/grade-counts';
import { GRADES } from '../../domain/records/grade';
import { GRADE_CHART_COLOURS, useDashboardStyles } from './dashboard.styles';

/**
 * A donut of the four grades in a figure with its caption. No `chartTitle`: the caption is its
 * title (the donut draws its own above its top edge, over the caption, and pulls its legend up
 * over the ring to make room).
 */
export function GradeDonut({
  id,
  caption,
  counts,
}: {
  readonly id: string;
  readonly caption: string;
  readonly counts: GradeCounts;
}) {
  const styles = useDashboardStyles();
  // The chart keeps state derived from its data: give it a stable object.
  const data = useMemo(
    () => ({
      chartData: GRADES.map((g) => ({ legend: g, data: counts[g], color: GRADE_CHART_COLOURS[g] })),
    }),
    [counts],
  );
  return (
    <figure className={styles.chart} aria-labelledby={id}>
      <figcaption id={id}>{caption}</figcaption>
      <DonutChart
        innerRadius={55}
        height={260}
        data={data}
        legendProps={{ enabledWrapLines: true }}
        className={styles.donut}
      />
    </figure>
  );
}
