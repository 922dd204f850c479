import type { RecordKind, RecordTypes, Versioned } from '../../domain/ports';
import { FieldReader } from './field-reader';
import type { ListMapping } from './mapping';

/** The parts of a Graph listItem the repositories use. */
export interface ListItem {
  readonly id: string;
  readonly eTag: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a listItem (or, for a PATCH of `/fields`, a fieldValueSet) from a response body. */
export function asListItem(body: unknown, itemId?: string): ListItem {
  if (!isObject(body)) throw new Error('Graph returned no list item.');
  const nested = isObject(body.fields) ? body.fields : undefined;
  const fields = nested ?? body;
  const id = typeof body.id === 'string' ? body.id : (itemId ?? String(fields.id));
  const eTag = body.eTag ?? body['@odata.etag'] ?? fields['@odata.etag'];
  if (typeof eTag !== 'string') throw new Error(`Graph returned list item ${id} without an eTag.`);
  return { id, eTag, fields };
}

export function toVersioned<K extends RecordKind>(
  mapping: ListMapping<K>,
  item: ListItem,
): Versioned<RecordTypes[K]> {
  const read = new FieldReader(item.fields);
  const record = mapping.fromFields(read);
  return { record, version: item.eTag, flags: read.flags };
}
