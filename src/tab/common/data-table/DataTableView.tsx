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
import type { CSSProperties } from 'react';
import { useId, useMemo } from 'react';
import type { Column, SortState } from './data-table.types';
import { useDataTableStyles } from './data-table.styles';

/** What the grid shows and how it asks for more: the same for a local and a server list. */
export interface TableModel<T> {
  readonly label: string;
  readonly columns: readonly Column<T>[];
  readonly getRowId: (item: T) => string;
  readonly rows: readonly T[];
  /** "12 of 40", "40". */
  readonly countText: string;
  readonly filter: string;
  readonly setFilter: (text: string) => void;
  readonly sort: SortState | null;
  readonly setSort: (sort: SortState) => void;
  /** 0-based. */
  readonly page: number;
  readonly pageCount: number;
  readonly setPage: (page: number) => void;
  /** The local table compares rows itself; a server list leaves the order to the server. */
  readonly compare?: (column: Column<T>) => ((a: T, b: T) => number) | undefined;
}

/** A Fluent DataGrid with a filter box, sortable headers and a pager. */
export function DataTableView<T>(model: TableModel<T>) {
  const { label, columns, getRowId, rows, sort, page, pageCount } = model;
  const styles = useDataTableStyles();
  const countId = useId();
  const compare = model.compare;
  const gridColumns = useMemo<TableColumnDefinition<T>[]>(
    () =>
      columns.map((column) => {
        const order = column.sortValue === undefined ? undefined : (compare?.(column) ?? (() => 0));
        return createTableColumn<T>({
          columnId: column.id,
          renderHeaderCell: () => column.header,
          renderCell: (item) => column.cell(item),
          ...(order === undefined ? {} : { compare: order }),
        });
      }),
    [columns, compare],
  );
  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <SearchBox
          aria-label={`Filter ${label.toLowerCase()}`}
          placeholder="Filter"
          value={model.filter}
          onChange={(_, data) => {
            model.setFilter(data.value);
          }}
        />
        <Text id={countId} className={styles.count} aria-live="polite">
          {model.countText}
        </Text>
      </div>
      <div className={styles.scroller}>
        <DataGrid
          className={styles.grid}
          style={{ '--columns': columns.length } as CSSProperties}
          aria-label={label}
          aria-describedby={countId}
          items={[...rows]}
          columns={gridColumns}
          getRowId={getRowId}
          sortable
          focusMode="none"
          sortState={
            sort === null ? undefined : { sortColumn: sort.columnId, sortDirection: sort.direction }
          }
          onSortChange={(_, state) => {
            if (state.sortColumn !== undefined) {
              model.setSort({ columnId: String(state.sortColumn), direction: state.sortDirection });
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
      {pageCount > 1 ? (
        <nav className={styles.pager} aria-label={`Pages of ${label.toLowerCase()}`}>
          <Button
            icon={<ChevronLeftRegular />}
            disabled={page === 0}
            onClick={() => {
              model.setPage(page - 1);
            }}
          >
            Previous
          </Button>
          <Text aria-live="polite">
            Page {page + 1} of {pageCount}
          </Text>
          <Button
            icon={<ChevronRightRegular />}
            iconPosition="after"
            disabled={page >= pageCount - 1}
            onClick={() => {
              model.setPage(page + 1);
            }}
          >
            Next
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
