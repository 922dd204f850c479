import { StoreError, type RecordKind, type RecordTypes, type Versioned } from '../../domain/ports';
import { parentOf } from '../../domain/ports/store';
import { checkResponse, type GraphResponse } from '../graph/errors';
import type { GraphCall } from '../graph/graph';
import { asListItem, toVersioned } from './list-item';
import type { ListMapping } from './mapping';
import { MAPPINGS } from './mappings';
import type { Lookups, SiteLists } from './site-lists';

/**
 * Lookup columns of a record as `{Column}LookupId`. With `resolve`, a target missing from the
 * item-id cache is looked up (one indexed query); without it, left out. A target that does not
 * exist leaves the lookup empty: the RecordId text columns remain the truth.
 */
export async function lookupFields<K extends RecordKind>(
  lists: SiteLists,
  kind: K,
  record: RecordTypes[K],
  resolve: boolean,
  memo?: Lookups,
): Promise<Record<string, string | null>> {
  const mapping = MAPPINGS[kind] as ListMapping<K>;
  const fields: Record<string, string | null> = {};
  for (const lookup of mapping.lookups ?? []) {
    const key = lookup.key(record);
    const id =
      key === null
        ? null
        : (lists.itemIds.get(lookup.target, key) ??
          (resolve ? await lists.itemIdOf(lookup.target, key, memo) : undefined));
    if (id !== undefined) fields[`${lookup.column}LookupId`] = id;
  }
  return fields;
}

export async function createCall<K extends RecordKind>(
  lists: SiteLists,
  kind: K,
  record: RecordTypes[K],
  lookups: Record<string, string | null>,
): Promise<GraphCall> {
  const fields = { ...MAPPINGS[kind].toFields(record), ...lookups };
  return { method: 'POST', url: await lists.itemsUrl(kind), body: { fields } };
}

export async function updateCall<K extends RecordKind>(
  lists: SiteLists,
  kind: K,
  itemId: string,
  record: RecordTypes[K],
  expectedVersion: string,
  lookups: Record<string, string | null>,
): Promise<GraphCall> {
  return {
    method: 'PATCH',
    url: `${await lists.itemsUrl(kind)}/${itemId}/fields`,
    headers: { 'if-match': expectedVersion },
    body: { ...MAPPINGS[kind].toFields(record), ...lookups },
  };
}

/**
 * A create's response. A uniqueness conflict on RecordId means an earlier attempt already
 * landed (the response was lost, or the write was retried): the existing item is the answer —
 * if it belongs to the same parent record. One that belongs to another is refused, loudly.
 */
export async function createdRecord<K extends RecordKind>(
  lists: SiteLists,
  kind: K,
  record: RecordTypes[K],
  response: GraphResponse,
): Promise<Versioned<RecordTypes[K]>> {
  const mapping = MAPPINGS[kind] as ListMapping<K>;
  const key = mapping.key(record);
  if (response.status === 409) {
    const existing = await lists.findByKey(kind, key);
    if (existing) {
      const found = toVersioned(mapping, existing);
      if (parentOf(kind, found.record) === parentOf(kind, record)) return found;
      throw new StoreError(
        'duplicate',
        `${kind} ${key} already exists and belongs to ${parentOf(kind, found.record)}: nothing was written.`,
      );
    }
  }
  const item = asListItem(checkResponse(response, `create ${kind} ${key}`).body);
  lists.itemIds.set(kind, key, item.id);
  return toVersioned(mapping, item);
}

/** An update's response; 412 becomes a conflict carrying the version now stored. */
export async function updatedRecord<K extends RecordKind>(
  lists: SiteLists,
  kind: K,
  itemId: string,
  record: RecordTypes[K],
  response: GraphResponse,
): Promise<Versioned<RecordTypes[K]>> {
  const mapping = MAPPINGS[kind] as ListMapping<K>;
  const key = mapping.key(record);
  if (response.status === 412) throw await conflict(lists, kind, itemId, key);
  if (response.status === 404) lists.itemIds.forget(kind, key);
  const fields = checkResponse(response, `update ${kind} ${key}`).body;
  return toVersioned(mapping, asListItem(fields, itemId));
}

/** "Changed since you opened it", with the current eTag read back so the caller can compare. */
export async function conflict(
  lists: SiteLists,
  kind: RecordKind,
  itemId: string,
  key: string,
): Promise<StoreError> {
  const url = `${await lists.itemsUrl(kind)}/${itemId}?$select=id,eTag`;
  const current = await lists.graph.sendUnchecked({ method: 'GET', url });
  if (current.status === 404) {
    lists.itemIds.forget(kind, key);
    return new StoreError('not-found', `${kind} ${key} was deleted since it was read.`);
  }
  const version = asListItem(checkResponse(current, `read ${kind} ${key}`).body).eTag;
  return new StoreError('conflict', `${kind} ${key} has changed since it was read.`, version);
}
