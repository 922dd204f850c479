import type { ColumnDef } from '../model/columns.js';
import type { FilterNode } from '../odata/filter-ast.js';
import { filterToSql } from '../odata/filter-sql.js';
import type { PagePosition } from '../odata/skiptoken.js';
import { collate, fieldExpr } from './field-sql.js';
import type { ItemRow } from './item-store.js';
import type { Db } from './open.js';

export interface ItemQuery {
  filter?: FilterNode;
  orderBy: { column: ColumnDef; descending: boolean }[];
  top: number;
  position?: PagePosition;
}

export interface ItemPage {
  rows: ItemRow[];
  next?: PagePosition;
}

/** Builds the page query; id is always the last sort key, so pages never overlap. */
export function buildItemQuery(listId: string, columns: ColumnDef[], query: ItemQuery) {
  const where = ['items.list_id = ?'];
  const params: (string | number)[] = [listId];
  if (query.filter) {
    const fragment = filterToSql(query.filter, columns);
    where.push(fragment.sql);
    params.push(...fragment.params);
  }
  const position = query.position;
  if (position && 'afterId' in position) {
    where.push('items.id > ?');
    params.push(position.afterId);
  }
  const order = [
    ...query.orderBy.map(
      (k) => `${fieldExpr(k.column)}${collate(k.column)} ${k.descending ? 'DESC' : 'ASC'}`,
    ),
    // With a filter, `+` keeps SQLite from walking the primary key just to avoid a sort, so it
    // picks the filtered column's expression index instead (it has no statistics to know better).
    query.filter ? '+items.id ASC' : 'items.id ASC',
  ];
  let sql = `SELECT items.* FROM items WHERE ${where.join(' AND ')} ORDER BY ${order.join(', ')} LIMIT ?`;
  params.push(query.top + 1);
  if (position && 'offset' in position) {
    sql += ' OFFSET ?';
    params.push(position.offset);
  }
  return { sql, params };
}

export function queryItems(
  db: Db,
  listId: string,
  columns: ColumnDef[],
  query: ItemQuery,
): ItemPage {
  const { sql, params } = buildItemQuery(listId, columns, query);
  const rows = db.prepare(sql).all(...params) as ItemRow[];
  if (rows.length <= query.top) return { rows };
  const page = rows.slice(0, query.top);
  const last = page[page.length - 1];
  const offset = query.position && 'offset' in query.position ? query.position.offset : 0;
  const next: PagePosition =
    query.orderBy.length === 0 ? { afterId: last.id } : { offset: offset + query.top };
  return { rows: page, next };
}
