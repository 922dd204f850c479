import { PAGE_SIZE_MAX, type PageQuery } from '../../contract/common';

export const DEFAULT_PAGE_SIZE = 25;

export type SortValue = string | number | null;

/** How one list sorts (by column id) and what its text filter looks in. */
export interface ListShape<T> {
  readonly sorts: Readonly<Record<string, (row: T) => SortValue>>;
  readonly defaultSort: string;
  readonly defaultOrder?: 'asc' | 'desc';
  /** The words a row can be found by. */
  readonly text: (row: T) => string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

const compare = (a: SortValue, b: SortValue): number => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b));
};

/** A page of rows: filtered by the words asked for, sorted by a known column, then cut. */
export function pageOf<T>(rows: readonly T[], query: PageQuery, shape: ListShape<T>): Page<T> {
  const words = (query.q ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  const matching =
    words.length === 0
      ? [...rows]
      : rows.filter((row) => {
          const text = shape.text(row).toLowerCase();
          return words.every((w) => text.includes(w));
        });
  const sorts: Partial<Record<string, (row: T) => SortValue>> = shape.sorts;
  const by = sorts[query.sort ?? shape.defaultSort] ?? sorts[shape.defaultSort];
  const direction = (query.order ?? shape.defaultOrder ?? 'asc') === 'asc' ? 1 : -1;
  if (by !== undefined) matching.sort((a, b) => direction * compare(by(a), by(b)));
  const pageSize = Math.min(PAGE_SIZE_MAX, Math.max(1, query.pageSize ?? DEFAULT_PAGE_SIZE));
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(pages, Math.max(1, query.page ?? 1));
  return {
    items: matching.slice((page - 1) * pageSize, page * pageSize),
    total: matching.length,
    page,
    pageSize,
  };
}
