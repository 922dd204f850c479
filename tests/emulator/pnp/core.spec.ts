import type { GraphFI } from '@pnp/graph';
import type { IList } from '@pnp/graph/lists';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, seed, type Harness } from '../harness.js';
import { pnpGraph } from './client.js';

interface Item {
  id: string;
  eTag: string;
  fields: { Title: string; Rank?: number };
}

/** The conformance suite's core, through a client we did not write: PnPjs 4 (`@pnp/graph`). */
describe('the emulator through PnPjs', () => {
  let h: Harness;
  let graph: GraphFI;
  let list: IList;
  beforeAll(async () => {
    h = await harness();
    graph = pnpGraph(h.emu);
    const created = await graph.sites.getById(h.emu.siteId).lists.add({
      displayName: 'Observations',
      columns: [{ name: 'Rank', number: {}, indexed: true }],
      list: { template: 'genericList' },
    });
    list = graph.sites.getById(h.emu.siteId).lists.getById(created.id as string);
    await seed(
      h,
      'Observations',
      Array.from({ length: 450 }, (_, i) => ({ Title: `o${i}`, Rank: i })),
    );
  });
  afterAll(() => h.close());

  it('listitem-list: reads the site and finds the list by its displayName', async () => {
    const site = await graph.sites.getById(h.emu.siteId)();
    expect(site.id).toBe(h.emu.siteId);
    const found = await graph.sites
      .getById(h.emu.siteId)
      .lists.filter("displayName eq 'Observations'")();
    expect(found.map((l) => l.displayName)).toEqual(['Observations']);
  });

  it('listitem-create, -update, -delete: an item is created, its fields patched, and deleted', async () => {
    const created = (await list.items.add({
      fields: { Title: 'new', Rank: 1000 },
    } as never)) as Item;
    expect(created.fields.Title).toBe('new');
    const item = list.items.getById(created.id);
    await item.update({ fields: { Title: 'renamed' } });
    const read = (await item.expand('fields')()) as unknown as Item;
    expect(read.fields.Title).toBe('renamed');
    expect(read.eTag).not.toBe(created.eTag);
    await item.delete();
    await expect(item()).rejects.toMatchObject({ status: 404 });
  });

  it('listitem-list: $filter and $orderby on an indexed column', async () => {
    const items = (await list.items
      .expand('fields')
      .filter('fields/Rank ge 445')
      .orderBy('fields/Rank', false)()) as unknown as Item[];
    expect(items.map((i) => i.fields.Rank)).toEqual([449, 448, 447, 446, 445]);
  });

  it('paging: the async iterator follows @odata.nextLink through every page', async () => {
    const ranks: number[] = [];
    let pages = 0;
    for await (const page of list.items.expand('fields').top(100)) {
      pages++;
      ranks.push(...(page as unknown as Item[]).map((i) => i.fields.Rank ?? -1));
    }
    expect(pages).toBe(5);
    expect(new Set(ranks).size).toBe(450);
  });

  const batchOf = async (count: number) => {
    const id = await listId();
    const [batched, execute] = graph.batched();
    // Each request of a PnPjs batch needs its own queryable.
    const results = Array.from(
      { length: count },
      (_, i) =>
        batched.sites
          .getById(h.emu.siteId)
          .lists.getById(id)
          .items.add({ fields: { Title: `b${i}` } } as never) as Promise<Item>,
    );
    await execute();
    return Promise.all(results);
  };
  const listId = async () => (await list.select('id')()).id as string;

  it('json-batching: 20 requests go in one $batch and each gets its own answer', async () => {
    h.emu.counters.reset();
    const created = await batchOf(20);
    expect(new Set(created.map((c) => c.id)).size).toBe(20);
    expect(h.emu.counters.snapshot()).toMatchObject({ batch: 1, 'batch.sub': 20 });
  });

  it('json-batching: 21 requests are more than one $batch takes, so PnPjs sends two', async () => {
    h.emu.counters.reset();
    const created = await batchOf(21);
    expect(created).toHaveLength(21);
    expect(h.emu.counters.snapshot()).toMatchObject({ batch: 2, 'batch.sub': 21 });
  });
});
