import type { ReactNode } from 'react';
import type { PageQuery, PageResponse } from '../../../contract/common';
import { ErrorState } from '../ErrorState';
import { Loading } from '../Loading';
import type { Column, SortState } from './data-table.types';
import { DataTableView } from './DataTableView';
import { useRemoteTable } from './use-remote-table';

export interface RemoteDataTableProps<T> {
  readonly label: string;
  readonly columns: readonly Column<T>[];
  readonly getRowId: (item: T) => string;
  /** Asks the server for one page; `loadKey` changes when what is asked for changes. */
  readonly load: (query: PageQuery) => Promise<PageResponse<T>>;
  readonly loadKey: string;
  readonly initialSort?: SortState;
  readonly pageSize?: number;
  readonly loadingLabel?: string;
  /** Shown when the list has nothing at all (not when the filter hides everything). */
  readonly empty: ReactNode;
}

/** A list the server sorts, filters and pages (a page of at most 100 rows at a time). */
export function RemoteDataTable<T>(props: RemoteDataTableProps<T>) {
  const { label, columns, getRowId, load, loadKey, initialSort, pageSize = 25, empty } = props;
  const table = useRemoteTable(load, loadKey, initialSort ?? null, pageSize);
  const { state } = table;
  if (state.status === 'loading') {
    return <Loading {...(props.loadingLabel === undefined ? {} : { label: props.loadingLabel })} />;
  }
  if (state.status === 'error') {
    return <ErrorState title="Could not load" error={state.error} onRetry={table.reload} />;
  }
  const { page } = state;
  if (page.total === 0 && table.filter === '') return <>{empty}</>;
  return (
    <DataTableView
      label={label}
      columns={columns}
      getRowId={getRowId}
      rows={page.items}
      countText={table.filter.trim() === '' ? String(page.total) : `${String(page.total)} matching`}
      filter={table.filter}
      setFilter={table.setFilter}
      sort={table.sort}
      setSort={table.setSort}
      page={page.page - 1}
      pageCount={Math.max(1, Math.ceil(page.total / page.pageSize))}
      setPage={table.setPage}
    />
  );
}
