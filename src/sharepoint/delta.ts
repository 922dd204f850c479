import type {
  ListMirror,
  MirrorRefresh,
  RecordKind,
  RecordTypes,
  Versioned,
} from '../domain/ports';
import { checkResponse } from './graph/errors';
import { withQuery } from './graph/odata';
import { asListItem, toVersioned } from './lists/list-item';
import type { ListMapping } from './lists/mapping';
import { MAPPINGS } from './lists/mappings';
import type { SiteLists } from './lists/site-lists';

export type RefreshResult = MirrorRefresh;

interface DeltaPage {
  value?: unknown[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/**
 * A cache of one list kept current with item `delta`: each `refresh()` applies only what changed
 * since the previous one. When Graph no longer accepts the token (410 Gone) the cache is
 * rebuilt from a full enumeration. For the server's read models (trackers, queues).
 */
export class DeltaCache<K extends RecordKind> implements ListMirror<RecordTypes[K]> {
  private readonly items = new Map<string, Versioned<RecordTypes[K]>>();
  private readonly mapping: ListMapping<K>;

  constructor(
    private readonly lists: SiteLists,
    readonly kind: K,
    /** Where the next refresh starts; kept across restarts with `link()`. */
    private deltaLink?: string,
  ) {
    this.mapping = MAPPINGS[kind];
  }

  /** The delta link the next refresh will follow, to keep across a restart. */
  link(): string | undefined {
    return this.deltaLink;
  }

  records(): Versioned<RecordTypes[K]>[] {
    return [...this.items.values()];
  }

  async refresh(): Promise<RefreshResult> {
    if (this.deltaLink === undefined) return this.resync();
    const first = await this.lists.graph.sendUnchecked({ method: 'GET', url: this.deltaLink });
    if (first.status === 410) return this.resync();
    return this.apply(checkResponse(first, `delta of ${this.kind}`).body as DeltaPage, false);
  }

  private async resync(): Promise<RefreshResult> {
    this.items.clear();
    this.deltaLink = undefined;
    const url = withQuery(`${await this.lists.itemsUrl(this.kind)}/delta`, {
      $expand: this.lists.expandFor(this.kind),
    });
    const { body } = await this.lists.graph.send({ method: 'GET', url }, `delta of ${this.kind}`);
    return this.apply(body as DeltaPage, true);
  }

  private async apply(page: DeltaPage, resynced: boolean): Promise<RefreshResult> {
    let changed = 0;
    let removed = 0;
    for (;;) {
      for (const raw of page.value ?? []) {
        const entry = raw as { id?: unknown; deleted?: unknown; '@removed'?: unknown };
        if (entry.deleted !== undefined || entry['@removed'] !== undefined) {
          if (this.items.delete(String(entry.id))) removed++;
          continue;
        }
        const item = asListItem(raw);
        const versioned = toVersioned(this.mapping, item);
        this.items.set(item.id, versioned);
        this.lists.itemIds.set(this.kind, this.mapping.key(versioned.record), item.id);
        changed++;
      }
      const next = page['@odata.nextLink'];
      if (next === undefined) break;
      const { body } = await this.lists.graph.send(
        { method: 'GET', url: next },
        `delta of ${this.kind}`,
      );
      page = body as DeltaPage;
    }
    this.deltaLink = page['@odata.deltaLink'];
    return { changed, removed, resynced };
  }
}
