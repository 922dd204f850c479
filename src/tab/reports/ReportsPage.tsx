import { Field, mergeClasses, Select } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { FindingsReportResponse } from '../../contract/dashboard';
import { extremesText, reportTables, summaryTable } from '../../domain/reports/report-tables';
import type { PageProps } from '../app/page-props';
import { useRouter } from '../app/router/router-context';
import { useCommonStyles } from '../common/common.styles';
import { EmptyState } from '../common/EmptyState';
import { Loading } from '../common/Loading';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { useStatTileStyles } from '../common/stat-tile.styles';
import { useDashboardStyles } from '../dashboard/dashboard.styles';
import { ReportDocuments } from './ReportDocuments';
import { ReportTableView } from './ReportTableView';
import { useFindings } from './use-findings';

const FindingsCharts = lazy(() => import('./FindingsCharts'));

/** The six-weekly findings report of a cycle: every figure, filtered by service and team. */
export default function ReportsPage({ params }: PageProps) {
  const styles = useDashboardStyles();
  const { navigate } = useRouter();
  const f = useFindings(params['cycleId']);
  const cycles = f.cycles.status === 'ready' ? f.cycles.data.items : [];
  const org =
    f.organisation.status === 'ready' ? f.organisation.data : { serviceAreas: [], teams: [] };
  const teams = org.teams.filter(
    (t) => f.teamService === undefined || t.serviceAreaId === f.teamService,
  );
  return (
    <>
      <PageHeader
        title="Findings reports"
        subtitle="Themes and learning from each cycle's audits"
      />
      <div className={styles.filters}>
        <Field label="Cycle">
          <Select
            value={f.cycleId ?? ''}
            onChange={(_, v) => {
              navigate(v.value === '' ? '#/reports' : `#/reports/${encodeURIComponent(v.value)}`);
            }}
          >
            {f.cycleId === undefined ? <option value="">Choose a cycle…</option> : null}
            {cycles.map((c) => (
              <option key={c.record.id} value={c.record.id}>
                {c.record.name}
              </option>
            ))}
          </Select>
        </Field>
        {f.canFilterService ? (
          <Field label="Service">
            <Select
              value={f.filters.serviceAreaId ?? ''}
              onChange={(_, v) => {
                f.setFilters({ serviceAreaId: v.value === '' ? undefined : v.value });
              }}
            >
              <option value="">All services</option>
              {org.serviceAreas.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field label="Team">
          <Select
            value={f.filters.teamId ?? ''}
            onChange={(_, v) => {
              f.setFilters({ ...f.filters, teamId: v.value === '' ? undefined : v.value });
            }}
          >
            <option value="">All teams</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <ResourceView resource={f.findings} loadingLabel="Preparing the findings report…">
        {(data) =>
          data === null ? (
            <EmptyState title="Choose a cycle to see its findings." />
          ) : (
            <FindingsView data={data} />
          )
        }
      </ResourceView>
    </>
  );
}

function FindingsView({ data }: { readonly data: FindingsReportResponse }) {
  const common = useCommonStyles();
  const styles = useDashboardStyles();
  const tiles = useStatTileStyles();
  const { figures, names } = data;
  const nameOf = (id: string) => names[id] ?? id;
  return (
    <article className={common.stack} aria-labelledby="findings-title">
      <h2 id="findings-title" className={common.sectionTitle}>
        {data.cycle.record.name}
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
      <ReportDocuments cycleId={data.cycle.record.id} cycleStart={data.cycle.record.startDate} />
    </article>
  );
}
