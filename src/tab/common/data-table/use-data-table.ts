import { useMemo, useState } from 'react';
import type { Column, SortState } from './data-table.types';

export interface DataTableState<T> {
  readonly filter: string;
  readonly setFilter: (text: string) => void;
  readonly sort: SortState | null;
  readonly toggleSort: (columnId: string) => void;
  readonly setSort: (sort: SortState) => void;
  readonly page: number;
  readonly pageCount: number;
  readonly setPage: (page: number) => void;
  /** After filter and sort, before paging. */
  readonly matching: readonly T[];
  readonly pageItems: readonly T[];
}

export const compareValues = (a: string | number, b: string | number): number =>
  typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b), 'en-GB', { numeric: true });

/** Filter (every column's text), sort (one column) and page, in that order. */
export function useDataTable<T>(
  items: readonly T[],
  columns: readonly Column<T>[],
  pageSize: number,
  initialSort: SortState | null = null,
): DataTableState<T> {
  const [filter, setFilterText] = useState('');
  const [sort, setSort] = useState<SortState | null>(initialSort);
  const [page, setPage] = useState(0);

  const matching = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const filtered =
      needle === ''
        ? [...items]
        : items.filter((item) =>
            columns.some((c) => textOf(c, item).toLowerCase().includes(needle)),
          );
    const column = columns.find((c) => c.id === sort?.columnId);
    const value = column?.sortValue;
    if (sort === null || value === undefined) return filtered;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return filtered.sort((a, b) => sign * compareValues(value(a), value(b)));
  }, [items, columns, filter, sort]);

  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const current = Math.min(page, pageCount - 1);
  return {
    filter,
    setFilter: (text) => {
      setFilterText(text);
      setPage(0);
    },
    sort,
    toggleSort: (columnId) => {
      setSort((previous) =>
        previous?.columnId === columnId && previous.direction === 'ascending'
          ? { columnId, direction: 'descending' }
          : { columnId, direction: 'ascending' },
      );
    },
    setSort: (next) => {
      setSort(next);
    },
    page: current,
    pageCount,
    setPage: (next) => {
      setPage(Math.max(0, Math.min(next, pageCount - 1)));
    },
    matching,
    pageItems: matching.slice(current * pageSize, (current + 1) * pageSize),
  };
}

function textOf<T>(column: Column<T>, item: T): string {
  if (column.text !== undefined) return column.text(item);
  return column.sortValue === undefined ? '' : String(column.sortValue(item));
}
