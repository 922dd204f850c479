import type { ColumnDef } from '../model/columns.js';
import type { FilterNode } from '../odata/filter-ast.js';
import { filterToSql, resolveFieldPath } from '../odata/filter-sql.js';
import type { Db } from './open.js';

/**
 * How many rows SharePoint reads to answer a filter on a list of `total` items, as its sources
 * describe the list view threshold (see the README's emulator section for the sources):
 * - the threshold counts the rows a query touches, not the rows it returns;
 * - one indexed condition (eq, lt, gt, le, ge, startswith; never ne, null or not) is read through
 *   its index and touches the items it matches;
 * - "when filtering on indexed fields, the service can only filter one indexed field at a time"
 *   (https://learn.microsoft.com/en-us/graph/api/listitem-list?view=graph-rest-1.0): of `a and b`
 *   the first indexed condition is the one read, the other only narrows what it found;
 * - `a or b` reads both sides, and needs an index on each;
 * - anything else reads the whole list.
 */
export function rowsTouched(
  db: Db,
  listId: string,
  columns: ColumnDef[],
  node: FilterNode,
  total: number,
): number {
  const seekable = (n: FilterNode): boolean => {
    switch (n.kind) {
      case 'compare':
        return (
          n.op !== 'ne' && n.value.type !== 'null' && resolveFieldPath(columns, n.path).indexed
        );
      case 'startswith':
        return resolveFieldPath(columns, n.path).indexed;
      case 'and':
        return seekable(n.left) || seekable(n.right);
      case 'or':
        return seekable(n.left) && seekable(n.right);
      case 'not':
        return false;
    }
  };
  const touched = (n: FilterNode): number => {
    if (!seekable(n)) return total;
    if (n.kind === 'and') return seekable(n.left) ? touched(n.left) : touched(n.right);
    if (n.kind === 'or') return Math.min(total, touched(n.left) + touched(n.right));
    const fragment = filterToSql(n, columns);
    const row = db
      .prepare(`SELECT COUNT(*) AS n FROM items WHERE items.list_id = ? AND ${fragment.sql}`)
      .get(listId, ...fragment.params) as { n: number };
    return row.n;
  };
  return touched(node);
}
