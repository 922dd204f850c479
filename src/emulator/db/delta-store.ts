import { getItem, type ItemRow } from './item-store.js';
import { stmt, type Db } from './open.js';

export type Change = { seq: number; row: ItemRow } | { seq: number; deletedId: number };

/**
 * Changes of a list after change number `after`, oldest first: current items whose last write is
 * newer, and (unless `withDeletions` is false, as on a first full sync) tombstones.
 */
export function changesAfter(
  db: Db,
  listId: string,
  after: number,
  limit: number,
  withDeletions: boolean,
): Change[] {
  const rows = stmt(
    db,
    `SELECT seq, id, deleted FROM (
       SELECT change_seq AS seq, id, 0 AS deleted FROM items WHERE list_id = ? AND change_seq > ?
       UNION ALL
       SELECT change_seq AS seq, item_id AS id, 1 AS deleted FROM tombstones
         WHERE list_id = ? AND change_seq > ? AND ? = 1
     ) ORDER BY seq LIMIT ?`,
  ).all(listId, after, listId, after, withDeletions ? 1 : 0, limit) as {
    seq: number;
    id: number;
    deleted: number;
  }[];
  return rows.map((r) => {
    if (r.deleted === 1) return { seq: r.seq, deletedId: r.id };
    return { seq: r.seq, row: getItem(db, listId, r.id) as ItemRow };
  });
}
