import type { ColumnDef } from '../model/columns.js';
import { ensureFieldIndex } from './field-sql.js';
import { stmt, type Db } from './open.js';

export function columnsOf(db: Db, listId: string): ColumnDef[] {
  const rows = stmt(db, 'SELECT definition FROM columns WHERE list_id = ? ORDER BY position').all(
    listId,
  ) as { definition: string }[];
  return rows.map((row) => JSON.parse(row.definition) as ColumnDef);
}

export function insertColumn(db: Db, listId: string, column: ColumnDef): void {
  stmt(
    db,
    `INSERT INTO columns (list_id, name, position, definition)
     VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM columns WHERE list_id = ?), ?)`,
  ).run(listId, column.name, listId, JSON.stringify(column));
  if (column.indexed) ensureFieldIndex(db, column);
}

export function replaceColumn(db: Db, listId: string, column: ColumnDef): void {
  stmt(db, 'UPDATE columns SET definition = ? WHERE list_id = ? AND name = ?').run(
    JSON.stringify(column),
    listId,
    column.name,
  );
  if (column.indexed) ensureFieldIndex(db, column);
}
