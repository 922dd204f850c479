import type { RecordKind } from '../../domain/ports';

/**
 * RecordId → list item id, per list, so a get or an update by domain key needs no lookup query
 * once the item has been seen. Item ids are never reused by SharePoint, so an entry is only
 * ever stale when the item was deleted, which the repository detects (404) and forgets.
 */
export class ItemIdCache {
  private readonly byKind = new Map<RecordKind, Map<string, string>>();

  private map(kind: RecordKind): Map<string, string> {
    let map = this.byKind.get(kind);
    if (!map) {
      map = new Map();
      this.byKind.set(kind, map);
    }
    return map;
  }

  get(kind: RecordKind, key: string): string | undefined {
    return this.map(kind).get(key);
  }

  set(kind: RecordKind, key: string, itemId: string): void {
    if (key !== '') this.map(kind).set(key, itemId);
  }

  forget(kind: RecordKind, key: string): void {
    this.map(kind).delete(key);
  }
}
