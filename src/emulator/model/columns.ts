export const COLUMN_TYPES = [
  'text',
  'number',
  'boolean',
  'dateTime',
  'choice',
  'lookup',
  'personOrGroup',
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Where a built-in column's value lives: a real SQL column rather than the fields JSON. */
export type BuiltIn = 'id' | 'created' | 'modified';

export interface ColumnDef {
  id: string;
  name: string;
  displayName: string;
  description: string;
  type: ColumnType;
  /** The type facet as Graph shows it, e.g. `{ choices: [...], allowTextEntry: false }`. */
  settings: Record<string, unknown>;
  indexed: boolean;
  required: boolean;
  enforceUniqueValues: boolean;
  readOnly: boolean;
  builtIn?: BuiltIn;
}

/**
 * SharePoint's own field ids for the columns every generic list has. ID, Created and Modified
 * are indexed by SharePoint itself, Title is not (hence the well-known "Field 'Title' cannot be
 * referenced in filter or orderby" error, microsoftgraph/microsoft-graph-docs-contrib#7927).
 */
export function builtInColumns(): ColumnDef[] {
  const base = { description: '', enforceUniqueValues: false, required: false };
  return [
    {
      ...base,
      id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
      name: 'Title',
      displayName: 'Title',
      type: 'text',
      settings: {
        allowMultipleLines: false,
        appendChangesToExistingText: false,
        linesForEditing: 0,
        maxLength: 255,
      },
      indexed: false,
      readOnly: false,
    },
    {
      ...base,
      id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
      name: 'ID',
      displayName: 'ID',
      type: 'number',
      settings: {},
      indexed: true,
      readOnly: true,
      builtIn: 'id',
    },
    {
      ...base,
      id: '8c06beca-0777-48f7-91c7-6da68bc07b69',
      name: 'Created',
      displayName: 'Created',
      type: 'dateTime',
      settings: { displayAs: 'default', format: 'dateTime' },
      indexed: true,
      readOnly: false,
      builtIn: 'created',
    },
    {
      ...base,
      id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
      name: 'Modified',
      displayName: 'Modified',
      type: 'dateTime',
      settings: { displayAs: 'default', format: 'dateTime' },
      indexed: true,
      readOnly: false,
      builtIn: 'modified',
    },
  ];
}

/** The key a column's value has in `fields`: lookups and people are written as `{name}LookupId`. */
export function fieldKey(column: ColumnDef): string {
  if (column.builtIn === 'id') return 'id';
  return column.type === 'lookup' || column.type === 'personOrGroup'
    ? `${column.name}LookupId`
    : column.name;
}

/** Finds the column a `fields/X` reference or a written key means (exact first, then any case). */
export function columnByFieldKey(columns: ColumnDef[], key: string): ColumnDef | undefined {
  const exact = columns.find((c) => fieldKey(c) === key || c.name === key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  return columns.find((c) => fieldKey(c).toLowerCase() === lower);
}

/** The Graph columnDefinition resource. */
export function serializeColumn(column: ColumnDef) {
  return {
    columnGroup: 'Custom Columns',
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: false,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
    [column.type]: column.settings,
  };
}
