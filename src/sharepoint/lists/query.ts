import type { Query, RecordKind, RecordTypes } from '../../domain/ports';
import { literal } from '../graph/odata';
import { columnOf, type ListSchema } from '../schema/site-schema';
import type { ListMapping } from './mapping';

/** Graph's `fields/X` path of an indexed column; anything else is a programming error. */
function indexedColumn<K extends RecordKind>(
  list: ListSchema,
  mapping: ListMapping<K>,
  field: string,
) {
  const name = (mapping.columns as Record<string, string | undefined>)[field];
  const column = name === undefined ? undefined : columnOf(list, name);
  if (!column)
    throw new Error(
      `${list.displayName}: '${field}' is not stored in an indexed column, so it cannot be queried.`,
    );
  if (!column.indexed)
    throw new Error(
      `${list.displayName}: column ${column.name} is not indexed; a list past 5,000 items cannot be filtered on it. Index it in manifest/ first.`,
    );
  return column;
}

/**
 * The `$filter` for a query: `le` for `onOrBefore`, then `eq` on each `where` field; all indexed.
 * SharePoint reads only the first indexed condition through its index ("the service can only
 * filter one indexed field at a time", https://learn.microsoft.com/en-us/graph/api/listitem-list?view=graph-rest-1.0)
 * and fails on a list past 5,000 items when that condition alone matches more than 5,000: the
 * date bound goes first because it is the narrow one (actions due by a day, not every open one).
 */
export function buildFilter<K extends RecordKind>(
  list: ListSchema,
  mapping: ListMapping<K>,
  query: Query<RecordTypes[K]> = {},
): string | undefined {
  const clauses: string[] = [];
  if (query.onOrBefore) {
    const column = indexedColumn(list, mapping, query.onOrBefore.field);
    const { value } = query.onOrBefore;
    const endOfDay =
      column.type === 'dateTime' && !column.dateOnly && /^\d{4}-\d{2}-\d{2}$/.test(value);
    clauses.push(
      `fields/${column.name} le ${literal(endOfDay ? `${value}T23:59:59Z` : value, column.dateOnly)}`,
    );
  }
  for (const [field, value] of Object.entries(query.where ?? {})) {
    if (value === undefined) continue;
    const column = indexedColumn(list, mapping, field);
    clauses.push(
      `fields/${column.name} eq ${literal(value as string | number | boolean | null, column.dateOnly)}`,
    );
  }
  return clauses.length > 0 ? clauses.join(' and ') : undefined;
}
