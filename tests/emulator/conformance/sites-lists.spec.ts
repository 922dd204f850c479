import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness, type ItemBody } from '../harness.js';
import { DOCS } from './docs.js';

interface ListWithItems {
  columns: { name: string }[];
  items: ItemBody[];
  'items@odata.nextLink'?: string;
}

describe(`sites and lists as Graph addresses them (${DOCS.siteGet}, ${DOCS.listGet})`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ hostname: 'council.sharepoint.com', siteName: 'qa', defaultPageSize: 2 });
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Cycles' });
    for (const title of ['May', 'June', 'July'])
      await h.ok('POST', `${h.site}/lists/Cycles/items`, { fields: { Title: title } });
  });
  afterAll(() => h.close());

  it('site-get: {hostname},{spsite-id},{spweb-id}, {hostname},{spsite-id}, {hostname}:/sites/{path} and root all resolve', async () => {
    const [hostname, siteCollection, web] = h.emu.siteId.split(',');
    for (const ref of [
      `${hostname},${siteCollection},${web}`,
      `${hostname},${siteCollection.toUpperCase()}`,
      `${hostname}:/sites/qa`,
      'root',
    ]) {
      const site = await h.ok<{ id: string }>('GET', `/sites/${ref}`);
      expect(site.id).toBe(h.emu.siteId);
    }
    expect((await h.call('GET', `/sites/${hostname},${web},${siteCollection}`)).status).toBe(404);
  });

  it('list-get: expand=columns,items(expand=fields) returns columns and items with fields', async () => {
    const list = await h.ok<ListWithItems>(
      'GET',
      `${h.site}/lists/Cycles?expand=columns,items(expand=fields)`,
    );
    expect(list.columns.map((c) => c.name)).toContain('Title');
    expect(list.items.map((i) => i.fields.Title)).toEqual(['May', 'June']);
    expect(list['items@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\//);
    const rest = await h.ok<{ value: ItemBody[] }>('GET', list['items@odata.nextLink'] as string);
    expect(rest.value.map((i) => i.fields.Title)).toEqual(['July']);
  });

  it('list-get: $expand=items without fields gives the items their properties only', async () => {
    const list = await h.ok<ListWithItems>('GET', `${h.site}/lists/Cycles?$expand=items`);
    expect(list.items[0].fields).toBeUndefined();
    expect(list.items[0].eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
  });
});
