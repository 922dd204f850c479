import type { SiteInfo } from '../context.js';
import type { ItemRow } from '../db/item-store.js';
import type { ListRow } from '../db/list-store.js';
import { fieldKey, serializeColumn, type ColumnDef } from './columns.js';

/**
 * Graph's listItem eTag as its docs show it: `"{GUID},N"`, quotes and braces included, the GUID
 * in upper case (https://learn.microsoft.com/en-us/graph/api/listitem-delta?view=graph-rest-1.0).
 */
export const itemETag = (row: Pick<ItemRow, 'guid' | 'version'>) =>
  `"{${row.guid.toUpperCase()}},${row.version}"`;

const EMULATOR_USER = { user: { displayName: 'Audit Loop emulator' } };

/** The fieldValueSet of an item; `select` narrows it as `$expand=fields($select=…)` does. */
export function serializeFields(row: ItemRow, columns: ColumnDef[], select?: string[]) {
  const stored = JSON.parse(row.fields) as Record<string, unknown>;
  const all: Record<string, unknown> = {};
  for (const column of columns) {
    if (column.builtIn) continue;
    const key = fieldKey(column);
    const value = stored[key];
    if (value === undefined || value === null) continue;
    all[key] =
      column.type === 'lookup' || column.type === 'personOrGroup' ? String(Number(value)) : value;
  }
  Object.assign(all, {
    id: String(row.id),
    ContentType: 'Item',
    Modified: row.modified,
    Created: row.created,
    _UIVersionString: `${row.version}.0`,
    Attachments: false,
  });
  const fields: Record<string, unknown> = { '@odata.etag': itemETag(row) };
  if (!select) return Object.assign(fields, all);
  const wanted = new Set(select.map((s) => s.toLowerCase()));
  for (const [key, value] of Object.entries(all))
    if (wanted.has(key.toLowerCase())) fields[key] = value;
  return fields;
}

export interface ItemShape {
  fields: boolean;
  select?: string[];
}

export function serializeItem(
  row: ItemRow,
  list: ListRow,
  columns: ColumnDef[],
  site: SiteInfo,
  shape: ItemShape,
) {
  const etag = itemETag(row);
  const item: Record<string, unknown> = {
    '@odata.etag': etag,
    createdDateTime: row.created,
    eTag: etag,
    id: String(row.id),
    lastModifiedDateTime: row.modified,
    webUrl: `${site.webUrl}/Lists/${list.name}/${row.id}_.000`,
    createdBy: EMULATOR_USER,
    lastModifiedBy: EMULATOR_USER,
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
  };
  if (shape.fields) item.fields = serializeFields(row, columns, shape.select);
  return item;
}

export function serializeList(list: ListRow, site: SiteInfo, columns?: ColumnDef[]) {
  const etag = `"{${list.id.toUpperCase()}},${list.change_seq}"`;
  const body: Record<string, unknown> = {
    '@odata.etag': etag,
    createdDateTime: list.created,
    description: list.description,
    eTag: etag,
    id: list.id,
    lastModifiedDateTime: list.modified,
    name: list.name,
    webUrl: `${site.webUrl}/Lists/${list.name}`,
    displayName: list.display_name,
    createdBy: EMULATOR_USER,
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
  if (columns) body.columns = columns.map(serializeColumn);
  return body;
}

export function serializeSite(site: SiteInfo) {
  return {
    createdDateTime: site.created,
    description: '',
    id: site.id,
    lastModifiedDateTime: site.created,
    name: site.name,
    webUrl: site.webUrl,
    displayName: site.name,
    root: {},
    siteCollection: { hostname: site.hostname },
  };
}
