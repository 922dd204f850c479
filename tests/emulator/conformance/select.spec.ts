import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, harness, type Harness } from '../harness.js';
import { DOCS } from './docs.js';

describe(`$select on sites, lists and items (${DOCS.queryParameters})`, () => {
  let h: Harness;
  let items: string;
  beforeAll(async () => {
    h = await harness();
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Cases', description: 'all cases' });
    items = `${h.site}/lists/Cases/items`;
    await h.ok('POST', items, { fields: { Title: 'C-1' } });
  });
  afterAll(() => h.close());

  it('site-get: $select=id returns the id and nothing it did not select', async () => {
    const site = await h.ok('GET', '/sites/root?$select=id');
    expect(Object.keys(site)).toEqual(['id']);
  });

  it('list-get: $select=id,displayName leaves out description, webUrl and the rest', async () => {
    const list = await h.ok('GET', `${h.site}/lists/Cases?$select=id,displayName`);
    expect(Object.keys(list).sort()).toEqual(['@odata.etag', 'displayName', 'id']);
    const page = await h.ok<{ value: Record<string, unknown>[] }>(
      'GET',
      `${h.site}/lists?$select=displayName`,
    );
    expect(page.value[0].description).toBeUndefined();
  });

  it('listitem-list: $select=id,eTag on items returns those (and no fields or dates)', async () => {
    const page = await h.ok<{ value: Record<string, unknown>[] }>(
      'GET',
      `${items}?$select=id,eTag`,
    );
    expect(Object.keys(page.value[0]).sort()).toEqual(['@odata.etag', 'eTag', 'id']);
  });

  it('listitem-get: one item with $select carries no fields unless fields are expanded', async () => {
    const bare = await h.ok('GET', `${items}/1?$select=id`);
    expect(bare.fields).toBeUndefined();
    const expanded = await h.ok<{ fields: { Title: string } }>(
      'GET',
      `${items}/1?$select=id&$expand=fields($select=Title)`,
    );
    expect(expanded.fields.Title).toBe('C-1');
  });

  it('query-parameters: $select naming a property the type does not have gets 400 BadRequest', async () => {
    const reply = await h.call('GET', `${items}?$select=id,Title`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toBe(
      "Could not find a property named 'Title' on type 'microsoft.graph.listItem'.",
    );
  });
});
