import { stmt, type Db } from './open.js';

export interface ItemRow {
  list_id: string;
  id: number;
  guid: string;
  version: number;
  created: string;
  modified: string;
  change_seq: number;
  fields: string;
}

export function getItem(db: Db, listId: string, id: number): ItemRow | undefined {
  return stmt(db, 'SELECT * FROM items WHERE list_id = ? AND id = ?').get(listId, id) as
    ItemRow | undefined;
}

export function insertItemRow(db: Db, row: ItemRow): void {
  stmt(
    db,
    `INSERT INTO items (list_id, id, guid, version, created, modified, change_seq, fields)
     VALUES (@list_id, @id, @guid, @version, @created, @modified, @change_seq, @fields)`,
  ).run(row);
}

export function updateItemRow(db: Db, row: ItemRow): void {
  stmt(
    db,
    `UPDATE items SET version = @version, created = @created, modified = @modified,
       change_seq = @change_seq, fields = @fields
     WHERE list_id = @list_id AND id = @id`,
  ).run(row);
}

/** Deletes an item and leaves a tombstone, so delta can report the deletion. */
export function deleteItemRow(db: Db, listId: string, id: number, changeSeq: number): void {
  stmt(db, 'DELETE FROM items WHERE list_id = ? AND id = ?').run(listId, id);
  stmt(db, 'INSERT INTO tombstones (list_id, change_seq, item_id) VALUES (?, ?, ?)').run(
    listId,
    changeSeq,
    id,
  );
}

export function countItems(db: Db, listId: string): number {
  const row = stmt(db, 'SELECT COUNT(*) AS n FROM items WHERE list_id = ?').get(listId) as {
    n: number;
  };
  return row.n;
}

/** How a JSON field value is compared in SQL: booleans as 1/0, as json_extract yields them. */
export function sqlValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}
