import { GRADES } from '../../domain/records/grade';
import { GRADE_CHART_COLOURS, useDashboardStyles } from './dashboard.styles';

/** The four grades and their colours, once, wrapping on a narrow screen. */
export function GradeLegend() {
  const styles = useDashboardStyles();
  return (
    <ul className={styles.legend} aria-label="Grades">
      {GRADES.map((g) => (
        <li key={g} className={styles.legendItem}>
          <span
            className={styles.swatch}
            style={{ backgroundColor: GRADE_CHART_COLOURS[g] }}
            aria-hidden
          />
          {g}
        </li>
      ))}
    </ul>
  );
}
