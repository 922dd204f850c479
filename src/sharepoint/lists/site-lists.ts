import type { RecordKind } from '../../domain/ports';
import type { Graph } from '../graph/graph';
import { quote, withQuery } from '../graph/odata';
import { allPages } from '../graph/paging';
import { listFor, type SiteSchema } from '../schema/site-schema';
import { ItemIdCache } from './item-ids';
import { asListItem, type ListItem } from './list-item';

/** Item ids looked up during one batch of writes, by `kind:key`. */
export type Lookups = Map<string, Promise<string | undefined>>;

/** Graph caps a page of list items at 5,000, SharePoint's list view threshold. */
export const PAGE_SIZE = 5000;

/**
 * What every repository shares: the Graph wrapper, the site, the schema, list ids (read once)
 * and the item-id cache.
 */
export class SiteLists {
  readonly itemIds = new ItemIdCache();
  private listIds: Promise<Map<string, string>> | undefined;

  constructor(
    readonly graph: Graph,
    readonly siteId: string,
    readonly schema: SiteSchema,
    /** Items per page when listing; Graph's maximum (5,000) unless a test wants more pages. */
    readonly pageSize = PAGE_SIZE,
  ) {}

  async itemsUrl(kind: RecordKind): Promise<string> {
    const name = listFor(this.schema, kind).displayName;
    this.listIds ??= this.readListIds();
    let id = (await this.listIds).get(name.toLowerCase());
    if (id === undefined) {
      this.listIds = this.readListIds(); // created since we looked?
      id = (await this.listIds).get(name.toLowerCase());
    }
    if (id === undefined)
      throw new Error(`The site has no '${name}' list: run \`npm run provision\` first.`);
    return `/sites/${this.siteId}/lists/${id}/items`;
  }

  private async readListIds(): Promise<Map<string, string>> {
    const url = withQuery(`/sites/${this.siteId}/lists`, { $select: 'id,displayName' });
    const lists = (await allPages(this.graph, url, 'read the lists')) as {
      id: string;
      displayName: string;
    }[];
    return new Map(lists.map((l) => [l.displayName.toLowerCase(), l.id]));
  }

  /** `$expand` that reads only the columns the app uses (no lookups, nothing derived). */
  expandFor(kind: RecordKind): string {
    const columns = listFor(this.schema, kind)
      .columns.filter((c) => c.type !== 'lookup' && !c.derived)
      .map((c) => c.name);
    return `fields($select=${['Title', ...columns].join(',')})`;
  }

  /** Items whose RecordId is `key` (at most one: the column enforces unique values). */
  async findByKey(kind: RecordKind, key: string): Promise<ListItem | undefined> {
    const url = withQuery(await this.itemsUrl(kind), {
      $expand: this.expandFor(kind),
      $filter: `fields/RecordId eq ${quote(key)}`,
      $top: '1',
    });
    const { body } = await this.graph.send({ method: 'GET', url }, `find ${kind} ${key}`);
    const first = (body as { value?: unknown[] } | undefined)?.value?.[0];
    if (first === undefined) return undefined;
    const item = asListItem(first);
    this.itemIds.set(kind, key, item.id);
    return item;
  }

  /**
   * The list item id of a record: from the cache, else one indexed query. `memo` shares the
   * answers (a missing record included) among the writes of one batch.
   */
  async itemIdOf(kind: RecordKind, key: string, memo?: Lookups): Promise<string | undefined> {
    const cached = this.itemIds.get(kind, key);
    if (cached !== undefined) return cached;
    if (!memo) return (await this.findByKey(kind, key))?.id;
    const ref = `${kind}:${key}`;
    let found = memo.get(ref);
    if (!found) {
      found = this.findByKey(kind, key).then((item) => item?.id);
      memo.set(ref, found);
    }
    return found;
  }
}
