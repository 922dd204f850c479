import type { DataTableProps } from './data-table.types';
import { DataTableView } from './DataTableView';
import { compareValues, useDataTable } from './use-data-table';

/**
 * A short list the page already holds whole (a year's cycles, the QA schedule), filtered,
 * sorted and paged in the browser. Lists that grow with the council use `RemoteDataTable`.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { label, items, columns, getRowId, pageSize = 10, initialSort, empty } = props;
  const table = useDataTable(items, columns, pageSize, initialSort ?? null);
  if (items.length === 0) return <>{empty}</>;
  return (
    <DataTableView
      label={label}
      columns={columns}
      getRowId={getRowId}
      rows={table.pageItems}
      countText={`${String(table.matching.length)} of ${String(items.length)}`}
      filter={table.filter}
      setFilter={table.setFilter}
      sort={table.sort}
      setSort={table.setSort}
      page={table.page}
      pageCount={table.pageCount}
      setPage={table.setPage}
      compare={(column) => {
        const value = column.sortValue;
        return value === undefined ? undefined : (a, b) => compareValues(value(a), value(b));
      }}
    />
  );
}
