import type { ReportTable } from '../../domain/reports/report-tables';
import { useDashboardStyles } from '../dashboard/dashboard.styles';

/**
 * One of a report's tables, exactly as the documents print it: a caption, column headers and
 * row headers. A phone scrolls the table, not the page; the region is focusable for the keyboard.
 */
export function ReportTableView({ table }: { readonly table: ReportTable }) {
  const styles = useDashboardStyles();
  const captionId = `table-${table.id}`;
  return (
    <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table}>
        <caption id={captionId} className={styles.caption}>
          {table.caption}
        </caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} className={styles.cell} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td className={styles.cell} colSpan={table.columns.length}>
                None in this period.
              </td>
            </tr>
          ) : (
            table.rows.map((row, i) => (
              <tr key={`${row[0] ?? ''}-${String(i)}`}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={table.columns[j]} className={styles.cell} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={table.columns[j]} className={styles.cell}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
