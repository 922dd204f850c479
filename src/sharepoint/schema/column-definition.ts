import type { ColumnSchema } from './site-schema';

/** A Graph columnDefinition body (https://learn.microsoft.com/graph/api/resources/columndefinition). */
export type ColumnDefinition = Record<string, unknown>;

/**
 * The columnDefinition that creates a manifest column. `lookupListId` is the target list's id,
 * known only once that list exists.
 */
export function columnDefinition(column: ColumnSchema, lookupListId?: string): ColumnDefinition {
  const base = {
    name: column.name,
    displayName: column.displayName,
    description: column.description,
    required: column.required,
    indexed: column.indexed,
    enforceUniqueValues: column.unique,
  };
  switch (column.type) {
    case 'text':
      return { ...base, text: { allowMultipleLines: false, maxLength: 255 } };
    case 'note':
      return { ...base, text: { allowMultipleLines: true, linesForEditing: 6 } };
    case 'choice':
      return {
        ...base,
        choice: { choices: column.choices ?? [], allowTextEntry: false, displayAs: 'dropDownMenu' },
      };
    case 'dateTime':
      return { ...base, dateTime: { format: column.dateOnly ? 'dateOnly' : 'dateTime' } };
    case 'number':
      return { ...base, number: {} };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'lookup':
      if (lookupListId === undefined) throw new Error(`${column.name}: lookup target list unknown`);
      return { ...base, lookup: { listId: lookupListId, columnName: 'Title' } };
  }
}
