import { randomUUID } from 'node:crypto';
import { GraphError } from '../http/graph-error.js';
import { fieldKey, type ColumnDef } from '../model/columns.js';
import { validateFields, type ValidatedFields } from '../model/field-values.js';
import { collate, fieldExpr } from './field-sql.js';
import {
  deleteItemRow,
  insertItemRow,
  sqlValue,
  updateItemRow,
  type ItemRow,
} from './item-store.js';
import { nextChange, nextItemId, nowIso, type ListRow } from './list-store.js';
import { stmt, type Db } from './open.js';

/** Refuses a value another item already has in a column that enforces unique values. */
function assertUnique(
  db: Db,
  list: ListRow,
  columns: ColumnDef[],
  fields: Record<string, unknown>,
  exceptId: number,
) {
  for (const column of columns) {
    const value = fields[fieldKey(column)];
    if (!column.enforceUniqueValues || value === null || value === undefined) continue;
    const clash = stmt(
      db,
      `SELECT 1 FROM items WHERE list_id = ? AND ${fieldExpr(column)} = ?${collate(column)} AND id <> ? LIMIT 1`,
    ).get(list.id, sqlValue(value), exceptId);
    if (clash)
      throw new GraphError(
        409,
        'nameAlreadyExists',
        `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${column.name}].`,
      );
  }
}

function merge(
  current: Record<string, unknown>,
  changes: ValidatedFields,
): Record<string, unknown> {
  const next = { ...current };
  for (const [key, value] of Object.entries(changes.values)) {
    if (value === null) Reflect.deleteProperty(next, key);
    else next[key] = value;
  }
  return next;
}

/** Validates and inserts one item; callers wanting many inserts wrap this in a transaction. */
export function createItem(db: Db, list: ListRow, columns: ColumnDef[], input: unknown): ItemRow {
  const changes = validateFields(columns, input, 'create');
  const fields = merge({}, changes);
  return db.transaction(() => {
    assertUnique(db, list, columns, fields, 0);
    const now = nowIso();
    const row: ItemRow = {
      list_id: list.id,
      id: nextItemId(db, list.id),
      guid: randomUUID(),
      version: 1,
      created: changes.created ?? now,
      modified: changes.modified ?? now,
      change_seq: nextChange(db, list.id),
      fields: JSON.stringify(fields),
    };
    insertItemRow(db, row);
    return row;
  })();
}

/** Validates a partial update, bumps the version (and so the eTag) and records a change. */
export function updateItem(
  db: Db,
  list: ListRow,
  columns: ColumnDef[],
  row: ItemRow,
  input: unknown,
): ItemRow {
  const changes = validateFields(columns, input, 'update');
  const fields = merge(JSON.parse(row.fields) as Record<string, unknown>, changes);
  return db.transaction(() => {
    assertUnique(db, list, columns, fields, row.id);
    const next: ItemRow = {
      ...row,
      version: row.version + 1,
      created: changes.created ?? row.created,
      modified: changes.modified ?? nowIso(),
      change_seq: nextChange(db, list.id),
      fields: JSON.stringify(fields),
    };
    updateItemRow(db, next);
    return next;
  })();
}

export function deleteItem(db: Db, list: ListRow, row: ItemRow): void {
  db.transaction(() => {
    deleteItemRow(db, list.id, row.id, nextChange(db, list.id));
  })();
}
