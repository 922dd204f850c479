import { randomUUID } from 'node:crypto';
import { invalidRequest } from '../http/graph-error.js';
import { isRecord } from '../http/exchange.js';
import { COLUMN_TYPES, type ColumnDef, type ColumnType } from './columns.js';

/** SharePoint internal names: letters, digits and underscores (spaces become _x0020_). */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;

const asBool = (value: unknown, what: string, fallback: boolean): boolean => {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw invalidRequest(`'${what}' must be a boolean.`);
  return value;
};

const asString = (value: unknown, what: string, fallback: string): string => {
  if (value === undefined) return fallback;
  if (typeof value !== 'string') throw invalidRequest(`'${what}' must be a string.`);
  return value;
};

function typeSettings(type: ColumnType, raw: Record<string, unknown>, name: string) {
  switch (type) {
    case 'text': {
      const multi = asBool(raw.allowMultipleLines, `${name}.text.allowMultipleLines`, false);
      const maxLength = raw.maxLength ?? (multi ? 63999 : 255);
      if (typeof maxLength !== 'number')
        throw invalidRequest(`'${name}.text.maxLength' must be a number.`);
      return {
        allowMultipleLines: multi,
        appendChangesToExistingText: false,
        linesForEditing: multi ? 6 : 0,
        maxLength,
      };
    }
    case 'number':
      return { decimalPlaces: 'automatic', displayAs: 'number', ...raw };
    case 'boolean':
      return {};
    case 'dateTime':
      return {
        displayAs: 'default',
        format: asString(raw.format, `${name}.dateTime.format`, 'dateTime'),
      };
    case 'choice': {
      const choices = raw.choices;
      if (
        !Array.isArray(choices) ||
        choices.length === 0 ||
        !choices.every((c) => typeof c === 'string')
      )
        throw invalidRequest(
          `Column '${name}' needs a non-empty 'choice.choices' array of strings.`,
        );
      return {
        allowTextEntry: asBool(raw.allowTextEntry, `${name}.choice.allowTextEntry`, false),
        choices: [...choices] as string[],
        displayAs: asString(raw.displayAs, `${name}.choice.displayAs`, 'dropDownMenu'),
      };
    }
    case 'lookup': {
      if (typeof raw.listId !== 'string' || raw.listId === '')
        throw invalidRequest(`Column '${name}' needs 'lookup.listId'.`);
      if (raw.allowMultipleValues === true)
        throw invalidRequest(
          `Column '${name}': multi-value lookups are not supported by the emulator.`,
        );
      return {
        allowMultipleValues: false,
        allowUnlimitedLength: false,
        columnName: asString(raw.columnName, `${name}.lookup.columnName`, 'Title'),
        listId: raw.listId,
      };
    }
    case 'personOrGroup':
      if (raw.allowMultipleSelection === true)
        throw invalidRequest(
          `Column '${name}': multi-person columns are not supported by the emulator.`,
        );
      return {
        allowMultipleSelection: false,
        chooseFromType: 'peopleAndGroups',
        displayAs: 'nameWithPresence',
      };
  }
}

/**
 * Reads a columnDefinition body (https://learn.microsoft.com/en-us/graph/api/resources/columndefinition):
 * exactly one type facet; `enforceUniqueValues` needs `indexed`, as SharePoint's
 * Field.EnforceUniqueValues ("you should also set the Indexed property to true") does.
 */
export function parseColumnDefinition(body: unknown): ColumnDef {
  if (!isRecord(body)) throw invalidRequest('A columnDefinition object is required.');
  const name = asString(body.name ?? body.displayName, 'name', '');
  if (!NAME.test(name))
    throw invalidRequest(`Column name '${name}' is invalid: use letters, digits and underscores.`);
  const types = COLUMN_TYPES.filter((t) => body[t] !== undefined);
  if (types.length !== 1)
    throw invalidRequest(
      `Column '${name}' must have exactly one type facet (${COLUMN_TYPES.join(', ')}).`,
    );
  const type = types[0];
  const raw = body[type];
  if (!isRecord(raw)) throw invalidRequest(`'${name}.${type}' must be an object.`);
  const column: ColumnDef = {
    id: randomUUID(),
    name,
    displayName: asString(body.displayName, 'displayName', name),
    description: asString(body.description, 'description', ''),
    type,
    settings: typeSettings(type, raw, name),
    indexed: asBool(body.indexed, 'indexed', false),
    required: asBool(body.required, 'required', false),
    enforceUniqueValues: asBool(body.enforceUniqueValues, 'enforceUniqueValues', false),
    readOnly: false,
  };
  assertUniqueNeedsIndex(column);
  return column;
}

/** Applies a PATCH to a column: display name, description, indexed, required, uniqueness, choices. */
export function patchColumn(column: ColumnDef, body: unknown): ColumnDef {
  if (!isRecord(body)) throw invalidRequest('A columnDefinition object is required.');
  if (column.readOnly && column.builtIn)
    throw invalidRequest(`Column '${column.name}' is read-only.`);
  const next: ColumnDef = {
    ...column,
    displayName: asString(body.displayName, 'displayName', column.displayName),
    description: asString(body.description, 'description', column.description),
    indexed: asBool(body.indexed, 'indexed', column.indexed),
    required: asBool(body.required, 'required', column.required),
    enforceUniqueValues: asBool(
      body.enforceUniqueValues,
      'enforceUniqueValues',
      column.enforceUniqueValues,
    ),
  };
  const facet = body[column.type];
  if (facet !== undefined) {
    if (!isRecord(facet))
      throw invalidRequest(`'${column.name}.${column.type}' must be an object.`);
    next.settings = typeSettings(column.type, { ...column.settings, ...facet }, column.name);
  }
  assertUniqueNeedsIndex(next);
  return next;
}

function assertUniqueNeedsIndex(column: ColumnDef): void {
  if (column.enforceUniqueValues && !column.indexed)
    throw invalidRequest(
      `Column '${column.name}' cannot enforce unique values because it is not indexed. Set 'indexed' to true as well.`,
    );
}
