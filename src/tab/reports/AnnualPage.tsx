import { Field, Select } from '@fluentui/react-components';
import type { PageProps } from '../app/page-props';
import { useRouter } from '../app/router/router-context';
import { EmptyState } from '../common/EmptyState';
import { RouteLink } from '../common/links';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { useDashboardStyles } from '../dashboard/dashboard.styles';
import { FiguresView } from './FiguresView';
import { ScopeFilters } from './ScopeFilters';
import { useAnnual } from './use-annual';

/** The annual QA report's figures: a financial year's cycles, their trend and every figure. */
export default function AnnualPage({ params }: PageProps) {
  const styles = useDashboardStyles();
  const { navigate } = useRouter();
  const a = useAnnual(params['year']);
  return (
    <>
      <PageHeader title="Annual QA report" subtitle="The year's audits, learning and loop closed" />
      <p>
        <RouteLink to="/reports">Back to the findings reports</RouteLink>
      </p>
      <div className={styles.filters}>
        <Field label="Year">
          <Select
            value={a.year ?? ''}
            onChange={(_, v) => {
              navigate(`#/annual/${encodeURIComponent(v.value)}`);
            }}
          >
            {a.years.map((y) => (
              <option key={y} value={y}>
                {`${y} to ${String(Number(y) + 1)}`}
              </option>
            ))}
          </Select>
        </Field>
        <ScopeFilters scope={a.scope} />
      </div>
      <ResourceView resource={a.annual} loadingLabel="Preparing the year's figures…">
        {(data) =>
          data === null ? (
            <EmptyState title="No cycle has started yet." />
          ) : (
            <FiguresView
              title={`April ${data.year} to March ${String(Number(data.year) + 1)}`}
              figures={data.figures}
              names={data.names}
            />
          )
        }
      </ResourceView>
    </>
  );
}
