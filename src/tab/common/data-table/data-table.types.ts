import type { ReactNode } from 'react';

export interface Column<T> {
  readonly id: string;
  readonly header: string;
  readonly cell: (item: T) => ReactNode;
  /** What the column sorts by; a column without one does not sort. */
  readonly sortValue?: (item: T) => string | number;
  /** Text the filter box searches; defaults to the sort value. */
  readonly text?: (item: T) => string;
}

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly columnId: string;
  readonly direction: SortDirection;
}

export interface DataTableProps<T> {
  /** Names the table for assistive technology. */
  readonly label: string;
  readonly items: readonly T[];
  readonly columns: readonly Column<T>[];
  readonly getRowId: (item: T) => string;
  readonly pageSize?: number;
  readonly initialSort?: SortState;
  /** Shown when there is nothing at all (not when the filter hides everything). */
  readonly empty: ReactNode;
}
