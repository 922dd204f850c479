import { Tab, TabList } from '@fluentui/react-components';
import type { PageProps } from '../app/page-props';
import { useRouter } from '../app/router/router-context';
import { stateLabel } from '../common/badges';
import { RemoteDataTable } from '../common/data-table/RemoteDataTable';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import { ACTION_COLUMNS } from './action-columns';
import { ACTION_SCOPE_LABELS } from './actions.types';
import { useActionList } from './use-action-list';

/** Actions: mine, my team's (supervision), my service's, or the whole actions tracker. */
export default function ActionListPage({ query }: PageProps) {
  const { navigate } = useRouter();
  const { scopes, scope, state, load, loadKey } = useActionList(query);
  return (
    <>
      <PageHeader
        title={ACTION_SCOPE_LABELS[scope]}
        {...(state === undefined ? {} : { subtitle: `${stateLabel(state)} only` })}
      />
      {scopes.length > 1 ? (
        <TabList
          selectedValue={scope}
          aria-label="Which actions"
          onTabSelect={(_, data) => {
            navigate(`#/actions?scope=${String(data.value)}`);
          }}
        >
          {scopes.map((s) => (
            <Tab key={s} value={s}>
              {ACTION_SCOPE_LABELS[s]}
            </Tab>
          ))}
        </TabList>
      ) : null}
      <RemoteDataTable
        label="Actions"
        load={load}
        loadKey={loadKey}
        loadingLabel="Loading actions…"
        columns={ACTION_COLUMNS}
        getRowId={(a) => a.record.id}
        initialSort={{ columnId: 'due', direction: 'ascending' }}
        empty={<EmptyState title="No actions here." />}
      />
    </>
  );
}
