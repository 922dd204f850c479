import { collate, fieldExpr } from '../db/field-sql.js';
import { GraphError, invalidRequest } from '../http/graph-error.js';
import { columnByFieldKey, type ColumnDef } from '../model/columns.js';
import { normalizeDateTime } from '../model/field-values.js';
import type { FilterNode, Literal } from './filter-ast.js';

export interface SqlFragment {
  sql: string;
  params: (string | number)[];
}

const OPS = { eq: '=', ne: 'IS NOT', lt: '<', gt: '>', le: '<=', ge: '>=' } as const;

/**
 * listItem properties that filter and order as their built-in columns: "Both listItem
 * properties and fields can be filtered" (https://learn.microsoft.com/en-us/graph/api/listitem-list?view=graph-rest-1.0).
 * The dates are Edm.DateTimeOffset, so they compare with unquoted date literals only.
 */
const ITEM_PROPERTIES = new Map([
  ['createddatetime', { column: 'Created', dateTime: true }],
  ['lastmodifieddatetime', { column: 'Modified', dateTime: true }],
  ['id', { column: 'ID', dateTime: false }],
]);

const isDateProperty = (path: string) => ITEM_PROPERTIES.get(path.toLowerCase())?.dateTime ?? false;

/** Finds the column behind `fields/X` or a listItem property. */
export function resolveFieldPath(columns: ColumnDef[], path: string): ColumnDef {
  const property = ITEM_PROPERTIES.get(path.toLowerCase());
  if (property) {
    const column = columns.find((c) => c.name === property.column);
    if (column) return column;
  }
  const match = /^fields\/(.+)$/.exec(path);
  if (!match)
    throw new GraphError(
      400,
      'BadRequest',
      `Could not find a property named '${path}' on type 'microsoft.graph.listItem'.`,
    );
  const column = columnByFieldKey(columns, match[1]);
  if (!column) throw invalidRequest(`Field '${match[1]}' is not recognized`);
  return column;
}

function bindValue(column: ColumnDef, literal: Literal): string | number {
  const fail = (expected: string) =>
    invalidRequest(`Invalid value in $filter for field '${column.name}': expected ${expected}.`);
  if (literal.type === 'null') throw fail('a value');
  const raw = literal.value;
  if (column.builtIn === 'id' || column.type === 'lookup' || column.type === 'personOrGroup') {
    const id = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof id !== 'number' || !Number.isInteger(id)) throw fail('an integer id');
    return id;
  }
  switch (column.type) {
    case 'number':
      if (typeof raw !== 'number') throw fail('a number');
      return raw;
    case 'boolean':
      if (typeof raw === 'boolean') return raw ? 1 : 0;
      if (raw === 0 || raw === 1) return raw;
      throw fail('true or false');
    case 'dateTime': {
      const normalized = typeof raw === 'string' ? normalizeDateTime(raw) : undefined;
      if (normalized === undefined) throw fail('a date and time');
      return normalized;
    }
    default:
      if (typeof raw === 'boolean') throw fail('a string');
      return String(raw);
  }
}

/** Compiles a filter tree to a SQL condition; every value is a bound parameter. */
export function filterToSql(node: FilterNode, columns: ColumnDef[]): SqlFragment {
  switch (node.kind) {
    case 'and':
    case 'or': {
      const left = filterToSql(node.left, columns);
      const right = filterToSql(node.right, columns);
      return {
        sql: `(${left.sql} ${node.kind.toUpperCase()} ${right.sql})`,
        params: [...left.params, ...right.params],
      };
    }
    case 'not': {
      const inner = filterToSql(node.operand, columns);
      return { sql: `(NOT ${inner.sql})`, params: inner.params };
    }
    case 'startswith': {
      const column = resolveFieldPath(columns, node.path);
      if (column.type !== 'text' && column.type !== 'choice')
        throw invalidRequest(`startswith needs a text field; '${column.name}' is ${column.type}.`);
      const pattern = node.value.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
      return { sql: `(${fieldExpr(column)} LIKE ? ESCAPE '\\')`, params: [pattern] };
    }
    case 'compare': {
      const column = resolveFieldPath(columns, node.path);
      const expr = fieldExpr(column);
      if (isDateProperty(node.path) && node.value.type === 'string')
        throw new GraphError(
          400,
          'BadRequest',
          `Invalid filter clause: A binary operator with incompatible types was detected. Found operand types 'Edm.DateTimeOffset' and 'Edm.String' for operator kind '${node.op}'.`,
        );
      if (node.value.type === 'null') {
        if (node.op === 'eq') return { sql: `(${expr} IS NULL)`, params: [] };
        if (node.op === 'ne') return { sql: `(${expr} IS NOT NULL)`, params: [] };
        throw invalidRequest(`null can only be compared with eq or ne (field '${column.name}').`);
      }
      return {
        sql: `(${expr} ${OPS[node.op]} ?${collate(column)})`,
        params: [bindValue(column, node.value)],
      };
    }
  }
}
