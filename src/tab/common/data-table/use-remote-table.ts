import { useEffect, useRef, useState } from 'react';
import type { PageQuery, PageResponse } from '../../../contract/common';
import type { SortState } from './data-table.types';

/** How long typing in the filter box waits before asking the server. */
const FILTER_DELAY_MS = 300;

export type RemoteStatus<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly page: PageResponse<T> };

export interface RemoteTable<T> {
  readonly state: RemoteStatus<T>;
  readonly filter: string;
  readonly setFilter: (text: string) => void;
  readonly sort: SortState | null;
  readonly setSort: (sort: SortState) => void;
  /** 0-based, as the local table's. */
  readonly page: number;
  readonly setPage: (page: number) => void;
  readonly reload: () => void;
}

/**
 * A list the server sorts, filters and pages: the table asks for one page at a time (never the
 * whole list), again whenever the sort, the filter (after a pause in typing) or the page
 * changes; an answer that arrives after a newer request is ignored.
 */
export function useRemoteTable<T>(
  load: (query: PageQuery) => Promise<PageResponse<T>>,
  key: string,
  initialSort: SortState | null,
  pageSize: number,
): RemoteTable<T> {
  const [state, setState] = useState<RemoteStatus<T>>({ status: 'loading' });
  const [filter, setFilterText] = useState('');
  const [asked, setAsked] = useState('');
  const [sort, setSortState] = useState<SortState | null>(initialSort);
  const [page, setPageState] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const timer = setTimeout(() => {
      setAsked(filter.trim());
    }, FILTER_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [filter]);

  useEffect(() => {
    let current = true;
    const query: PageQuery = {
      page: page + 1,
      pageSize,
      ...(sort === null
        ? {}
        : { sort: sort.columnId, order: sort.direction === 'ascending' ? 'asc' : 'desc' }),
      ...(asked === '' ? {} : { q: asked }),
    };
    loadRef.current(query).then(
      (answer) => {
        if (current) setState({ status: 'ready', page: answer });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', error });
      },
    );
    return () => {
      current = false;
    };
  }, [key, asked, sort, page, pageSize, attempt]);

  return {
    state,
    filter,
    setFilter: (text) => {
      setFilterText(text);
      setPageState(0);
    },
    sort,
    setSort: (next) => {
      setSortState(next);
      setPageState(0);
    },
    page,
    setPage: (next) => {
      setPageState(Math.max(0, next));
    },
    reload: () => {
      setAttempt((n) => n + 1);
    },
  };
}
