import type {
  ListMirror,
  MirrorRefresh,
  RecordKind,
  RecordTypes,
  Versioned,
} from '../domain/ports';
import { recordKey } from '../domain/ports/store';
import { runBatch } from './graph/batch';
import { checkResponse, type GraphResponse } from './graph/errors';
import type { GraphCall } from './graph/graph';
import { withQuery } from './graph/odata';
import { asListItem, toVersioned } from './lists/list-item';
import type { ListMapping } from './lists/mapping';
import { MAPPINGS } from './lists/mappings';
import type { SiteLists } from './lists/site-lists';

interface DeltaPage {
  value?: unknown[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** Items per page when a mirror is first built: Graph's largest page for list items. */
const BUILD_PAGE = 5000;

/** The number N of an eTag `"{GUID},N"`, to keep the newer of two copies of a record. */
const versionNumber = (eTag: string): number => {
  const n = /,(\d+)"?$/.exec(eTag)?.[1];
  return n === undefined ? -1 : Number(n);
};

/** A link from Graph as a path after `/v1.0`, as `$batch` requests take them. */
const relative = (link: string): string => link.replace(/^https:\/\/[^/]+\/v1\.0/, '');

/**
 * A copy of one list kept current with item `delta` (listItem: delta,
 * https://learn.microsoft.com/en-us/graph/api/listitem-delta?view=graph-rest-1.0): built once by
 * paging (`$top=5000`), then each refresh applies only what changed since the last one; when
 * Graph no longer accepts the token (410 Gone) it is built again. Records are kept by their key,
 * and a record the app has just written is taken in at once (`accept`), the newer version winning.
 */
export class DeltaMirror<K extends RecordKind> implements ListMirror<RecordTypes[K]> {
  private readonly byKey = new Map<string, Versioned<RecordTypes[K]>>();
  private readonly keyOfItem = new Map<string, string>();
  private readonly mapping: ListMapping<K>;
  constructor(
    private readonly lists: SiteLists,
    readonly kind: K,
    /** Where the next refresh starts; kept across restarts with `link()`. */
    private deltaLink?: string,
  ) {
    this.mapping = MAPPINGS[kind];
  }

  /** The delta link the next refresh will follow. */
  link(): string | undefined {
    return this.deltaLink;
  }

  records(): Versioned<RecordTypes[K]>[] {
    return [...this.byKey.values()];
  }

  get(key: string): Versioned<RecordTypes[K]> | undefined {
    return this.byKey.get(key);
  }

  accept(saved: Versioned<RecordTypes[K]>): void {
    const key = recordKey(this.kind, saved.record);
    const held = this.byKey.get(key);
    if (held === undefined || versionNumber(saved.version) >= versionNumber(held.version)) {
      this.byKey.set(key, saved);
    }
  }

  forget(key: string): void {
    this.byKey.delete(key);
  }

  /** The next request this mirror needs (its delta link), or null when it must be built. */
  nextCall(): GraphCall | null {
    return this.deltaLink === undefined ? null : { method: 'GET', url: relative(this.deltaLink) };
  }

  async refresh(): Promise<MirrorRefresh> {
    const call = this.nextCall();
    if (call === null) return this.build();
    return this.answer(await this.lists.graph.sendUnchecked(call));
  }

  /** Applies the answer to `nextCall()` (alone, or from a `$batch`). */
  async answer(response: GraphResponse): Promise<MirrorRefresh> {
    if (response.status === 410) return this.build();
    const page = checkResponse(response, `delta of ${this.kind}`).body as DeltaPage;
    return this.apply(page, false);
  }

  private async build(): Promise<MirrorRefresh> {
    this.byKey.clear();
    this.keyOfItem.clear();
    this.deltaLink = undefined;
    const url = withQuery(`${await this.lists.itemsUrl(this.kind)}/delta`, {
      $expand: this.lists.expandFor(this.kind),
      $top: String(BUILD_PAGE),
    });
    const { body } = await this.lists.graph.send({ method: 'GET', url }, `delta of ${this.kind}`);
    return this.apply(body as DeltaPage, true);
  }

  private async apply(first: DeltaPage, resynced: boolean): Promise<MirrorRefresh> {
    let changed = 0;
    let removed = 0;
    let page = first;
    for (;;) {
      for (const raw of page.value ?? []) {
        const entry = raw as { id?: unknown; deleted?: unknown; '@removed'?: unknown };
        if (entry.deleted !== undefined || entry['@removed'] !== undefined) {
          const key = this.keyOfItem.get(String(entry.id));
          if (key !== undefined && this.byKey.delete(key)) removed++;
          continue;
        }
        const item = asListItem(raw);
        const versioned = toVersioned(this.mapping, item);
        const key = this.mapping.key(versioned.record);
        this.keyOfItem.set(item.id, key);
        this.lists.itemIds.set(this.kind, key, item.id);
        this.accept(versioned);
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

/**
 * Catches several mirrors up in one round trip: their delta links go in one `$batch`
 * (https://learn.microsoft.com/en-us/graph/json-batching); a mirror not yet built, or told to
 * start again (410), is built on its own.
 */
export async function refreshMirrors(
  lists: SiteLists,
  mirrors: readonly DeltaMirror<RecordKind>[],
): Promise<MirrorRefresh[]> {
  const calls = mirrors.map((m) => m.nextCall());
  const steps = calls.flatMap((call, i) => (call === null ? [] : [{ id: String(i), call }]));
  const responses = steps.length > 1 ? await runBatch(lists.graph, steps) : null;
  return Promise.all(
    mirrors.map(async (mirror, i) => {
      const response = responses?.get(String(i));
      return response === undefined ? mirror.refresh() : mirror.answer(response);
    }),
  );
}
