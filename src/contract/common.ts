import type { TransitionName } from '../domain/access/transitions';
import type { ReadFlag } from '../domain/ports/versioned';

export type { ReadFlag } from '../domain/ports/versioned';
export type { TransitionName } from '../domain/access/transitions';

/** Display names by id: staff (never a child — Audit Loop holds none), teams, service areas. */
export type Names = Readonly<Record<string, string>>;

/**
 * Every record the API sends: the record as the caller may see it, its version (the SharePoint
 * eTag, sent back with the next write), values it could not read after a hand edit in
 * SharePoint, the display names of the staff, team and service it names, and what this caller
 * may do next (role, relation and state) — show only those buttons.
 */
export interface RecordDto<T, A extends TransitionName = never> {
  readonly record: T;
  readonly version: string;
  readonly flags: readonly ReadFlag[];
  readonly names: Names;
  readonly allowed: readonly A[];
}

/** Every write carries the version the caller last read; a stale one is answered 409. */
export interface Versioned {
  readonly version: string;
}

export interface ListResponse<T> {
  readonly items: readonly T[];
}

/** The most rows one page of a list carries: no list ever goes to the browser whole. */
export const PAGE_SIZE_MAX = 100;

/** How the tab asks for one page of a list: sorted, filtered and paged on the server. */
export interface PageQuery {
  /** 1-based. */
  readonly page?: number;
  /** At most PAGE_SIZE_MAX; 25 by default. */
  readonly pageSize?: number;
  /** A column id of the list (each list names the ones it sorts by). */
  readonly sort?: string;
  readonly order?: 'asc' | 'desc';
  /** Words to look for in the row's text (case numbers, names, descriptions). */
  readonly q?: string;
}

/** One page of a list, and how many rows match in all. */
export interface PageResponse<T> extends ListResponse<T> {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}
