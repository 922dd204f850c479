import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, harness, type Harness, type Page } from '../harness.js';
import { DOCS } from './docs.js';

interface DeltaEntry {
  id: string;
  eTag?: string;
  fields?: Record<string, unknown>;
}

describe(`listItem delta (${DOCS.listItemDelta})`, () => {
  let h: Harness;
  let delta: string;
  beforeAll(async () => {
    h = await harness();
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Actions' });
    delta = `${h.site}/lists/Actions/items/delta`;
    await h.ok('POST', `${h.site}/lists/Actions/items`, { fields: { Title: 'a' } });
  });
  afterAll(() => h.close());

  const tokenOf = (link: string) => new URL(link).searchParams.get('token') as string;
  const forge = (value: unknown[]) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('listitem-delta: items carry fields only when $expand=fields asks for them', async () => {
    const bare = await h.ok<Page<DeltaEntry>>('GET', delta);
    expect(bare.value[0].fields).toBeUndefined();
    expect(bare.value[0].eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    const expanded = await h.ok<Page<DeltaEntry>>('GET', `${delta}?$expand=fields`);
    expect(expanded.value[0].fields?.Title).toBe('a');
  });

  it('listitem-delta: an unusable token gets 410 resyncChangesApplyDifferences with a Location that starts afresh', async () => {
    const reply = await h.call('GET', `${delta}?token=worn-out&$expand=fields`);
    expect(reply.status).toBe(410);
    expect(errorOf(reply).code).toBe('resyncChangesApplyDifferences');
    const location = reply.headers.get('location') as string;
    expect(location).toBe(`https://graph.microsoft.com/v1.0${delta}?$expand=fields`);
    const fresh = await h.ok<Page<DeltaEntry>>('GET', location);
    expect(fresh.value.map((e) => e.id)).toEqual(['1']);
  });

  it('listitem-delta: a token ahead of the list (server state went back) gets 410 resyncChangesUploadDifferences', async () => {
    const page = await h.ok<Page<DeltaEntry>>('GET', `${delta}?token=latest`);
    const [list] = JSON.parse(
      Buffer.from(tokenOf(page['@odata.deltaLink'] as string), 'base64url').toString(),
    ) as [string];
    const reply = await h.call('GET', `${delta}?token=${forge([list, 999, 0])}`);
    expect(reply.status).toBe(410);
    expect(errorOf(reply).code).toBe('resyncChangesUploadDifferences');
    expect(reply.headers.get('location')).toBe(`https://graph.microsoft.com/v1.0${delta}`);
  });

  it('listitem-delta: $select narrows the items of a delta page', async () => {
    const page = await h.ok<Page<Record<string, unknown>>>('GET', `${delta}?$select=id`);
    expect(Object.keys(page.value[0]).sort()).toEqual(['@odata.etag', 'id']);
  });
});
