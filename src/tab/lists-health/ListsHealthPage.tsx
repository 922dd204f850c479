import type { ListHealthResponse } from '../../contract/dashboard';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';
import { useCommonStyles } from '../common/common.styles';
import { DataTable } from '../common/data-table/DataTable';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';

type FlagRow = {
  readonly id: string;
  readonly list: string;
  readonly key: string;
  readonly field: string;
  readonly found: string;
  readonly message: string;
};

/** One row per unreadable value, across every list. */
export const flagRows = (health: ListHealthResponse): FlagRow[] =>
  health.lists.flatMap((list) =>
    list.flagged.flatMap((item) =>
      item.flags.map((flag) => ({
        id: `${list.kind}:${item.key}:${flag.field}`,
        list: list.kind,
        key: item.key,
        ...flag,
      })),
    ),
  );

/** Items the QA lead hand-edited in SharePoint whose values Audit Loop cannot read. */
export default function ListsHealthPage() {
  const styles = useCommonStyles();
  const { api } = useSession();
  const health = useResource(() => api.listHealth(), 'list-health');
  return (
    <>
      <PageHeader
        title="Lists' health"
        subtitle="Values that could not be read after hand edits in SharePoint"
      />
      <ResourceView resource={health} loadingLabel="Checking the lists…">
        {(data) => (
          <>
            <p className={styles.muted}>
              {data.lists
                .map((l) => `${l.kind}: ${l.total} items, ${l.flagged.length} flagged`)
                .join(' · ')}
            </p>
            <DataTable<FlagRow>
              label="Unreadable values"
              items={flagRows(data)}
              getRowId={(r) => r.id}
              empty={<EmptyState title="Every list reads cleanly." />}
              columns={[
                { id: 'list', header: 'List', sortValue: (r) => r.list, cell: (r) => r.list },
                { id: 'item', header: 'Item', sortValue: (r) => r.key, cell: (r) => r.key },
                { id: 'field', header: 'Field', sortValue: (r) => r.field, cell: (r) => r.field },
                { id: 'found', header: 'Found', sortValue: (r) => r.found, cell: (r) => r.found },
                {
                  id: 'problem',
                  header: 'Problem',
                  sortValue: (r) => r.message,
                  cell: (r) => r.message,
                },
              ]}
            />
          </>
        )}
      </ResourceView>
    </>
  );
}
