import type { TableColumnDefinition } from '@fluentui/react-components';
import {
  Button,
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  SearchBox,
  Text,
} from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useMemo } from 'react';
import type { DataTableProps } from './data-table.types';
import { useDataTableStyles } from './data-table.styles';
import { compareValues, useDataTable } from './use-data-table';

/** A Fluent DataGrid that filters, sorts and pages; used by every list in the tab. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { label, items, columns, getRowId, pageSize = 10, initialSort, empty } = props;
  const styles = useDataTableStyles();
  const table = useDataTable(items, columns, pageSize, initialSort ?? null);
  const countId = useId();
  const gridColumns = useMemo<TableColumnDefinition<T>[]>(
    () =>
      columns.map((column) => {
        const value = column.sortValue;
        return createTableColumn<T>({
          columnId: column.id,
          renderHeaderCell: () => column.header,
          renderCell: (item) => column.cell(item),
          ...(value === undefined
            ? {}
            : { compare: (a: T, b: T) => compareValues(value(a), value(b)) }),
        });
      }),
    [columns],
  );

  if (items.length === 0) return <>{empty}</>;
  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <SearchBox
          aria-label={`Filter ${label.toLowerCase()}`}
          placeholder="Filter"
          value={table.filter}
          onChange={(_, data) => {
            table.setFilter(data.value);
          }}
        />
        <Text id={countId} className={styles.count} aria-live="polite">
          {table.matching.length} of {items.length}
        </Text>
      </div>
      <div className={styles.scroller}>
        <DataGrid
          aria-label={label}
          aria-describedby={countId}
          items={[...table.pageItems]}
          columns={gridColumns}
          getRowId={getRowId}
          sortable
          focusMode="none"
          sortState={
            table.sort === null
              ? undefined
              : { sortColumn: table.sort.columnId, sortDirection: table.sort.direction }
          }
          onSortChange={(_, state) => {
            if (state.sortColumn !== undefined) {
              table.setSort({ columnId: String(state.sortColumn), direction: state.sortDirection });
            }
          }}
        >
          <DataGridHeader>
            <DataGridRow>
              {({ renderHeaderCell }) => (
                <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>
              )}
            </DataGridRow>
          </DataGridHeader>
          <DataGridBody<T>>
            {({ item, rowId }) => (
              <DataGridRow<T> key={rowId}>
                {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
              </DataGridRow>
            )}
          </DataGridBody>
        </DataGrid>
      </div>
      {table.pageCount > 1 ? (
        <nav className={styles.pager} aria-label={`Pages of ${label.toLowerCase()}`}>
          <Button
            icon={<ChevronLeftRegular />}
            disabled={table.page === 0}
            onClick={() => {
              table.setPage(table.page - 1);
            }}
          >
            Previous
          </Button>
          <Text aria-live="polite">
            Page {table.page + 1} of {table.pageCount}
          </Text>
          <Button
            icon={<ChevronRightRegular />}
            iconPosition="after"
            disabled={table.page >= table.pageCount - 1}
            onClick={() => {
              table.setPage(table.page + 1);
            }}
          >
            Next
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
