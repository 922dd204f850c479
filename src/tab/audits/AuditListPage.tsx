import { Tab, TabList } from '@fluentui/react-components';
import type { PageProps } from '../app/page-props';
import { useRouter } from '../app/router/router-context';
import { RemoteDataTable } from '../common/data-table/RemoteDataTable';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import { AUDIT_COLUMNS } from './audit-columns';
import { SCOPE_LABELS } from './audits.types';
import { useAuditList } from './use-audit-list';

/** Audits in a scope: allocated to me, my cases, my team's, my service's, or all. */
export default function AuditListPage({ query }: PageProps) {
  const { navigate } = useRouter();
  const { scopes, scope, load, loadKey } = useAuditList(query);
  return (
    <>
      <PageHeader title="Audits" subtitle={SCOPE_LABELS[scope]} />
      {scopes.length > 1 ? (
        <TabList
          selectedValue={scope}
          aria-label="Which audits"
          onTabSelect={(_, data) => {
            navigate(`#/audits?scope=${String(data.value)}`);
          }}
        >
          {scopes.map((s) => (
            <Tab key={s} value={s}>
              {SCOPE_LABELS[s]}
            </Tab>
          ))}
        </TabList>
      ) : null}
      <RemoteDataTable
        label="Audits"
        load={load}
        loadKey={loadKey}
        loadingLabel="Loading audits…"
        columns={AUDIT_COLUMNS}
        getRowId={(a) => a.record.id}
        initialSort={{ columnId: 'due', direction: 'ascending' }}
        empty={<EmptyState title="No audits here yet." />}
      />
    </>
  );
}
