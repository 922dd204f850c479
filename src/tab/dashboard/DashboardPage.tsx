import { Field, mergeClasses, Select } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { GRADES } from '../../domain/records/grade';
import { useCommonStyles } from '../common/common.styles';
import { Loading } from '../common/Loading';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { useStatTileStyles } from '../common/stat-tile.styles';
import { useDashboardStyles } from './dashboard.styles';
import { kpisOf, teamRows, useDashboard } from './use-dashboard';

const GradeCharts = lazy(() => import('./GradeCharts'));

/** The service dashboard: read-only figures and charts, filtered by cycle, service and team. */
export default function DashboardPage() {
  const styles = useDashboardStyles();
  const common = useCommonStyles();
  const tiles = useStatTileStyles();
  const d = useDashboard();
  const cycles = d.cycles.status === 'ready' ? d.cycles.data.items : [];
  const org =
    d.organisation.status === 'ready' ? d.organisation.data : { serviceAreas: [], teams: [] };
  return (
    <>
      <PageHeader
        title="Dashboard"
        subtitle="Grades, moderation, timeliness and closing the loop"
      />
      <div className={styles.filters}>
        <Field label="Cycle">
          <Select
            value={d.filters.cycleId ?? ''}
            onChange={(_, v) => {
              d.setFilters({ ...d.filters, cycleId: v.value === '' ? undefined : v.value });
            }}
          >
            <option value="">All cycles</option>
            {cycles.map((c) => (
              <option key={c.record.id} value={c.record.id}>
                {c.record.name}
              </option>
            ))}
          </Select>
        </Field>
        {d.canFilterService ? (
          <Field label="Service">
            <Select
              value={d.filters.serviceAreaId ?? ''}
              onChange={(_, v) => {
                d.setFilters({ ...d.filters, serviceAreaId: v.value === '' ? undefined : v.value });
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
      </div>
      <ResourceView resource={d.dashboard} loadingLabel="Loading the dashboard…">
        {(data) => (
          <>
            <dl className={tiles.grid}>
              {kpisOf(data).map((k) => (
                <div key={k.label} className={mergeClasses(tiles.tile, styles.kpi)}>
                  <dt className={tiles.label}>{k.label}</dt>
                  <dd className={tiles.value}>
                    {k.value}
                    {k.detail === undefined ? null : (
                      <span className={tiles.detail}> {k.detail}</span>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
            <Suspense fallback={<Loading label="Loading charts…" />}>
              <GradeCharts data={data} />
            </Suspense>
            <section className={common.section} aria-labelledby="team-table">
              <h2 id="team-table" className={common.sectionTitle}>
                Grades by team
              </h2>
              {/* A phone scrolls the table, not the page; focusable so the keyboard can too. */}
              <div
                className={styles.scroller}
                role="region"
                aria-labelledby="team-table"
                tabIndex={0}
              >
                <table className={styles.table}>
                  <thead>
                    <tr>
                      <th className={styles.cell} scope="col">
                        Team
                      </th>
                      {GRADES.map((g) => (
                        <th key={g} className={styles.cell} scope="col">
                          {g}
                        </th>
                      ))}
                      <th className={styles.cell} scope="col">
                        Good or better
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {teamRows(data).map((row) => (
                      <tr key={row.key}>
                        <th className={styles.cell} scope="row">
                          {row.team}
                        </th>
                        {row.counts.map((n, i) => (
                          <td key={GRADES[i]} className={styles.cell}>
                            {n}
                          </td>
                        ))}
                        <td className={styles.cell}>{row.share}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </>
        )}
      </ResourceView>
    </>
  );
}
