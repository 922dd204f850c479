import { randomUUID } from 'node:crypto';
import type { ColumnDef } from '../model/columns.js';
import { insertColumn } from './column-store.js';
import { stmt, type Db } from './open.js';

export interface ListRow {
  id: string;
  display_name: string;
  name: string;
  description: string;
  template: string;
  created: string;
  modified: string;
  change_seq: number;
  next_item_id: number;
}

export const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface NewList {
  displayName: string;
  description: string;
  template: string;
  columns: ColumnDef[];
}

/** Creates a list and its columns in one transaction. */
export function createList(db: Db, input: NewList): ListRow {
  const id = randomUUID();
  const now = nowIso();
  db.transaction(() => {
    stmt(
      db,
      `INSERT INTO lists (id, display_name, name, description, template, created, modified)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      input.displayName,
      input.displayName.replace(/[^A-Za-z0-9_-]/g, ''),
      input.description,
      input.template,
      now,
      now,
    );
    for (const column of input.columns) insertColumn(db, id, column);
  })();
  return getListById(db, id) as ListRow;
}

export function getListById(db: Db, id: string): ListRow | undefined {
  return stmt(db, 'SELECT * FROM lists WHERE id = ?').get(id) as ListRow | undefined;
}

/** Graph addresses a list by its id or by its title. */
export function findList(db: Db, idOrTitle: string): ListRow | undefined {
  return (
    getListById(db, idOrTitle) ??
    (stmt(db, 'SELECT * FROM lists WHERE display_name = ?').get(idOrTitle) as ListRow | undefined)
  );
}

export function allLists(db: Db): ListRow[] {
  return stmt(db, 'SELECT * FROM lists ORDER BY created, display_name').all() as ListRow[];
}

export function deleteList(db: Db, id: string): void {
  stmt(db, 'DELETE FROM lists WHERE id = ?').run(id);
}

/** Takes the next change number of a list (for delta) and marks it modified. */
export function nextChange(db: Db, listId: string): number {
  const row = stmt(
    db,
    'UPDATE lists SET change_seq = change_seq + 1, modified = ? WHERE id = ? RETURNING change_seq',
  ).get(nowIso(), listId) as { change_seq: number };
  return row.change_seq;
}

/** Takes the next item id of a list: increasing integers, never reused. */
export function nextItemId(db: Db, listId: string): number {
  const row = stmt(
    db,
    'UPDATE lists SET next_item_id = next_item_id + 1 WHERE id = ? RETURNING next_item_id - 1 AS id',
  ).get(listId) as { id: number };
  return row.id;
}
