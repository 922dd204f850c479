import { mergeClasses } from '@fluentui/react-components';
import { lazy, Suspense, type ReactNode } from 'react';
import type { Names } from '../../contract/common';
import type { ReportFigures } from '../../domain/reports/report-figures';
import { extremesText, reportTables, summaryTable } from '../../domain/reports/report-tables';
import { useCommonStyles } from '../common/common.styles';
import { Loading } from '../common/Loading';
import { useStatTileStyles } from '../common/stat-tile.styles';
import { useDashboardStyles } from '../dashboard/dashboard.styles';
import { ReportTableView } from './ReportTableView';

const FindingsCharts = lazy(() => import('./FindingsCharts'));

/**
 * A report's figures as the documents print them: the summary as tiles, the strongest and
 * weakest areas in words, the charts, then every table. The findings and annual pages share it.
 */
export function FiguresView({
  title,
  figures,
  names,
  children,
}: {
  readonly title: string;
  readonly figures: ReportFigures;
  readonly names: Names;
  readonly children?: ReactNode;
}) {
  const common = useCommonStyles();
  const styles = useDashboardStyles();
  const tiles = useStatTileStyles();
  const nameOf = (id: string) => names[id] ?? id;
  return (
    <article className={common.stack} aria-labelledby="figures-title">
      <h2 id="figures-title" className={common.sectionTitle}>
        {title}
      </h2>
      <dl className={tiles.grid}>
        {summaryTable(figures).rows.map(([label = '', value = '', target = '']) => (
          <div key={label} className={mergeClasses(tiles.tile, styles.kpi)}>
            <dt className={tiles.label}>{label}</dt>
            <dd className={tiles.value}>
              {value}
              {target === '' ? null : <span className={tiles.detail}> {target}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <p>{extremesText(figures)}</p>
      <Suspense fallback={<Loading label="Loading charts…" />}>
        <FindingsCharts figures={figures} />
      </Suspense>
      {reportTables(figures, nameOf)
        .filter((t) => t.id !== 'summary')
        .map((t) => (
          <section key={t.id} className={common.section}>
            <ReportTableView table={t} />
          </section>
        ))}
      {children}
    </article>
  );
}
