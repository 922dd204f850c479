import type { ColumnDef } from '../model/columns.js';
import { fieldKey } from '../model/columns.js';
import type { Db } from './open.js';

const SAFE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The SQL expression reading a column's value. Field keys are checked against SharePoint's
 * internal-name rule before they reach SQL, so embedding them here is safe; values always travel
 * as bound parameters. The same text is used in the expression indexes, so SQLite can use them.
 */
export function fieldExpr(column: ColumnDef): string {
  switch (column.builtIn) {
    case 'id':
      return 'items.id';
    case 'created':
      return 'items.created';
    case 'modified':
      return 'items.modified';
    default:
      return jsonExpr(fieldKey(column));
  }
}

function jsonExpr(key: string): string {
  if (!SAFE_KEY.test(key)) throw new Error(`Unsafe field key ${key}`);
  return `json_extract(items.fields, '$."${key}"')`;
}

/** Text compares without regard to case, as SharePoint's collation does. */
export function collate(column: ColumnDef): string {
  return column.builtIn ? '' : ' COLLATE NOCASE';
}

/** Creates the expression index that makes an indexed column fast to filter and order by. */
export function ensureFieldIndex(db: Db, column: ColumnDef): void {
  if (column.builtIn) return;
  const key = fieldKey(column);
  if (!SAFE_KEY.test(key)) throw new Error(`Unsafe field key ${key}`);
  db.exec(
    `CREATE INDEX IF NOT EXISTS "ix_field_${key}" ON items (list_id, json_extract(fields, '$."${key}"') COLLATE NOCASE)`,
  );
}
