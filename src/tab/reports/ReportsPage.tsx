import { Field, Select } from '@fluentui/react-components';
import type { FindingsReportResponse } from '../../contract/dashboard';
import type { PageProps } from '../app/page-props';
import { useRouter } from '../app/router/router-context';
import { EmptyState } from '../common/EmptyState';
import { RouteLink } from '../common/links';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { useDashboardStyles } from '../dashboard/dashboard.styles';
import { ReportDocuments } from './ReportDocuments';
import { FiguresView } from './FiguresView';
import { ScopeFilters } from './ScopeFilters';
import { financialYearOf } from './save-file';
import { useFindings } from './use-findings';

/** The six-weekly findings report of a cycle: every figure, filtered by service and team. */
export default function ReportsPage({ params }: PageProps) {
  const styles = useDashboardStyles();
  const { navigate } = useRouter();
  const f = useFindings(params['cycleId']);
  const cycles = f.cycles.status === 'ready' ? f.cycles.data.items : [];
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
        <ScopeFilters scope={f.scope} />
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
  const { record: cycle } = data.cycle;
  const year = financialYearOf(cycle.startDate);
  return (
    <FiguresView title={cycle.name} figures={data.figures} names={data.names}>
      <p>
        <RouteLink to={`/annual/${year}`}>
          {`The year's figures, ${year} to ${String(Number(year) + 1)}`}
        </RouteLink>
      </p>
      <ReportDocuments cycleId={cycle.id} cycleStart={cycle.startDate} />
    </FiguresView>
  );
}
