import { invalidRequest } from '../http/graph-error.js';
import { isRecord } from '../http/exchange.js';
import { columnByFieldKey, fieldKey, type ColumnDef } from './columns.js';

/** Fields SharePoint computes; writing them is refused rather than silently ignored. */
const COMPUTED = new Set([
  'id',
  'ID',
  '_UIVersionString',
  'ContentType',
  'Attachments',
  'Edit',
  'LinkTitle',
  'LinkTitleNoMenu',
  'ItemChildCount',
  'FolderChildCount',
  'AuthorLookupId',
  'EditorLookupId',
  '_ComplianceFlags',
  '_ComplianceTag',
  'AppAuthorLookupId',
  'AppEditorLookupId',
]);

export interface ValidatedFields {
  /** Values for the fields JSON; `null` means "clear this field". */
  values: Record<string, unknown>;
  created?: string;
  modified?: string;
}

/** SharePoint returns date and time values as `2024-05-01T09:30:00Z`. */
export function normalizeDateTime(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return undefined;
  const time = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function bad(key: string, expected: string) {
  return invalidRequest(`Invalid value for field '${key}': expected ${expected}.`);
}

function coerce(column: ColumnDef, key: string, value: unknown): unknown {
  const s = column.settings;
  switch (column.type) {
    case 'text': {
      if (typeof value !== 'string') throw bad(key, 'a string');
      const max = typeof s.maxLength === 'number' ? s.maxLength : 255;
      if (value.length > max) throw bad(key, `at most ${max} characters`);
      if (s.allowMultipleLines !== true && /[\r\n]/.test(value))
        throw bad(key, 'a single line of text');
      return value;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw bad(key, 'a number');
      if (typeof s.minimum === 'number' && value < s.minimum)
        throw bad(key, `a number of at least ${s.minimum}`);
      if (typeof s.maximum === 'number' && value > s.maximum)
        throw bad(key, `a number of at most ${s.maximum}`);
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw bad(key, 'true or false');
      return value;
    case 'dateTime': {
      const normalized = typeof value === 'string' ? normalizeDateTime(value) : undefined;
      if (normalized === undefined) throw bad(key, 'an ISO 8601 date and time');
      return normalized;
    }
    case 'choice': {
      if (typeof value !== 'string') throw bad(key, 'a string');
      const choices = Array.isArray(s.choices) ? (s.choices as string[]) : [];
      if (s.allowTextEntry !== true && !choices.includes(value))
        throw invalidRequest(
          `Invalid value for field '${key}': '${value}' is not one of its choices (${choices.join(', ')}).`,
        );
      return value;
    }
    case 'lookup':
    case 'personOrGroup': {
      const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
      if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) throw bad(key, 'an item id');
      return id;
    }
  }
}

/**
 * Checks written field values against the list's columns, naming the field in each error, and
 * returns them normalized. `create` also demands required columns.
 */
export function validateFields(
  columns: ColumnDef[],
  input: unknown,
  mode: 'create' | 'update',
): ValidatedFields {
  if (!isRecord(input)) throw invalidRequest("'fields' must be an object of field values.");
  const result: ValidatedFields = { values: {} };
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith('@odata.')) continue;
    if (COMPUTED.has(key)) throw invalidRequest(`Field '${key}' is read-only.`);
    const column = columnByFieldKey(columns, key);
    if (!column) throw invalidRequest(`Field '${key}' is not recognized`);
    const target = fieldKey(column);
    if (target !== key && target.toLowerCase() !== key.toLowerCase())
      throw invalidRequest(`Field '${key}' is a ${column.type} column: write '${target}' instead.`);
    if (value === null) {
      if (column.required) throw invalidRequest(`Field '${column.name}' is required.`);
      if (column.builtIn) throw invalidRequest(`Field '${key}' cannot be cleared.`);
      result.values[target] = null;
      continue;
    }
    const normalized = coerce(column, key, value);
    if (column.builtIn === 'created') result.created = normalized as string;
    else if (column.builtIn === 'modified') result.modified = normalized as string;
    else result.values[target] = normalized;
  }
  if (mode === 'create') {
    for (const column of columns) {
      if (column.required && result.values[fieldKey(column)] == null)
        throw invalidRequest(`Field '${column.name}' is required.`);
    }
  }
  return result;
}
