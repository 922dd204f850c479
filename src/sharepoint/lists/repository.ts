import {
  StoreError,
  type Query,
  type RecordKind,
  type RecordTypes,
  type Repository,
  type Versioned,
} from '../../domain/ports';
import { checkResponse } from '../graph/errors';
import { withQuery } from '../graph/odata';
import { pages } from '../graph/paging';
import { listFor } from '../schema/site-schema';
import { asListItem, toVersioned } from './list-item';
import type { ListMapping } from './mapping';
import { MAPPINGS } from './mappings';
import { buildFilter } from './query';
import type { SiteLists } from './site-lists';
import {
  conflict,
  createCall,
  createdRecord,
  lookupFields,
  updateCall,
  updatedRecord,
} from './writes';

type Rec<K extends RecordKind> = RecordTypes[K];

/** One SharePoint list as a repository of domain records. */
export class ListRepository<K extends RecordKind> implements Repository<Rec<K>> {
  private readonly mapping: ListMapping<K>;

  constructor(
    private readonly lists: SiteLists,
    private readonly kind: K,
  ) {
    this.mapping = MAPPINGS[kind];
  }

  async get(key: string): Promise<Versioned<Rec<K>> | null> {
    const cached = this.lists.itemIds.get(this.kind, key);
    if (cached !== undefined) {
      const url = withQuery(`${await this.lists.itemsUrl(this.kind)}/${cached}`, {
        $expand: this.lists.expandFor(this.kind),
      });
      const response = await this.lists.graph.sendUnchecked({ method: 'GET', url });
      if (response.status !== 404) {
        const item = asListItem(checkResponse(response, `read ${this.kind} ${key}`).body);
        return toVersioned(this.mapping, item);
      }
      this.lists.itemIds.forget(this.kind, key);
    }
    const item = await this.lists.findByKey(this.kind, key);
    return item ? toVersioned(this.mapping, item) : null;
  }

  async list(query?: Query<Rec<K>>): Promise<Versioned<Rec<K>>[]> {
    const filter = buildFilter(listFor(this.lists.schema, this.kind), this.mapping, query);
    const url = withQuery(await this.lists.itemsUrl(this.kind), {
      $expand: this.lists.expandFor(this.kind),
      $filter: filter,
      $top: String(this.lists.pageSize),
    });
    const found: Versioned<Rec<K>>[] = [];
    for await (const page of pages(this.lists.graph, url, `list ${this.kind}`)) {
      for (const raw of page) {
        const item = asListItem(raw);
        const versioned = toVersioned(this.mapping, item);
        this.lists.itemIds.set(this.kind, this.mapping.key(versioned.record), item.id);
        found.push(versioned);
      }
    }
    return found;
  }

  async create(record: Rec<K>): Promise<Versioned<Rec<K>>> {
    const lookups = await lookupFields(this.lists, this.kind, record, true);
    const call = await createCall(this.lists, this.kind, record, lookups);
    const response = await this.lists.graph.sendUnchecked(call);
    return createdRecord(this.lists, this.kind, record, response);
  }

  async update(record: Rec<K>, expectedVersion: string): Promise<Versioned<Rec<K>>> {
    const key = this.mapping.key(record);
    const itemId = await this.itemId(key);
    const lookups = await lookupFields(this.lists, this.kind, record, false);
    const call = await updateCall(this.lists, this.kind, itemId, record, expectedVersion, lookups);
    const response = await this.lists.graph.sendUnchecked(call);
    return updatedRecord(this.lists, this.kind, itemId, record, response);
  }

  async delete(key: string, expectedVersion: string): Promise<void> {
    const itemId = await this.itemId(key);
    const url = `${await this.lists.itemsUrl(this.kind)}/${itemId}`;
    const call = { method: 'DELETE', url, headers: { 'if-match': expectedVersion } } as const;
    const response = await this.lists.graph.sendUnchecked(call);
    if (response.status === 412) throw await conflict(this.lists, this.kind, itemId, key);
    this.lists.itemIds.forget(this.kind, key);
    checkResponse(response, `delete ${this.kind} ${key}`);
  }

  private async itemId(key: string): Promise<string> {
    const id = await this.lists.itemIdOf(this.kind, key);
    if (id === undefined) throw new StoreError('not-found', `${this.kind} ${key} does not exist.`);
    return id;
  }
}
