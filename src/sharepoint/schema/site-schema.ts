import { z } from 'zod';
import { RECORD_KINDS, type RecordKind } from '../../domain/ports';

/** Kinds of column the manifest declares; each maps to one Graph columnDefinition facet. */
export const COLUMN_KINDS = [
  'text',
  'note',
  'choice',
  'dateTime',
  'number',
  'boolean',
  'lookup',
] as const;

/** Internal names: letters, digits and underscores, never one of SharePoint's own fields. */
const internalName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, 'use letters, digits and underscores')
  .refine((name) => !RESERVED.has(name), 'is a SharePoint built-in field name');

const RESERVED = new Set(['Title', 'ID', 'Id', 'Created', 'Modified', 'Author', 'Editor']);

export const columnSchema = z
  .object({
    name: internalName,
    displayName: z.string().min(1).max(100),
    type: z.enum(COLUMN_KINDS),
    description: z.string().default(''),
    required: z.boolean().default(false),
    indexed: z.boolean().default(false),
    unique: z.boolean().default(false),
    choices: z.array(z.string().min(1)).optional(),
    /** dateTime columns holding a date only (format dateOnly). */
    dateOnly: z.boolean().default(false),
    /** lookup columns: the manifest file name of the target list. */
    lookupList: z.string().optional(),
    /** note columns holding JSON (for the reader, and for a QA lead reading the schema). */
    json: z.boolean().default(false),
    /** Written by the app from other columns (e.g. "Last reviewed in supervision"); never read. */
    derived: z.boolean().default(false),
  })
  .refine((c) => c.type !== 'choice' || (c.choices?.length ?? 0) > 0, 'a choice needs choices')
  .refine((c) => c.type !== 'lookup' || c.lookupList !== undefined, 'a lookup needs lookupList')
  .refine((c) => !c.unique || c.indexed, 'a unique column must be indexed');

export const viewSchema = z.object({
  name: z.string().min(1),
  description: z.string(),
  columns: z.array(z.string()).min(1),
  /** The filter in words, as a QA lead would set it in the SharePoint view editor. */
  filter: z.string(),
  orderBy: z.array(z.object({ column: z.string(), descending: z.boolean() })).default([]),
  groupBy: z.array(z.string()).default([]),
  /** The same view as a CAML query, for the SharePoint REST API (`_api/web/lists/.../views`). */
  caml: z.string(),
});

export const listSchema = z.object({
  kind: z.enum(RECORD_KINDS),
  displayName: z.string().min(1),
  description: z.string(),
  columns: z.array(columnSchema).min(1),
  views: z.array(viewSchema).default([]),
});

export type ColumnSchema = z.infer<typeof columnSchema>;
export type ViewSchema = z.infer<typeof viewSchema>;
export type ListSchema = z.infer<typeof listSchema> & { readonly file: string };

export interface SiteSchema {
  /** In creation order: a lookup's target list comes before the list that refers to it. */
  readonly lists: readonly ListSchema[];
}

/** The list that stores one record kind; a missing list is a programming error. */
export function listFor(schema: SiteSchema, kind: RecordKind): ListSchema {
  const list = schema.lists.find((l) => l.kind === kind);
  if (!list) throw new Error(`The site schema has no list for '${kind}'.`);
  return list;
}

export function columnOf(list: ListSchema, name: string): ColumnSchema | undefined {
  return list.columns.find((c) => c.name === name);
}
