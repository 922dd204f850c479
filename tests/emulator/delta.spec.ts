import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, harness, seed, type Harness, type Page } from './harness.js';

interface DeltaEntry {
  id: string;
  fields?: Record<string, unknown>;
  deleted?: { state: string };
}

describe('listItem delta', () => {
  let h: Harness;
  let list: string;
  beforeEach(async () => {
    h = await harness();
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Actions' });
    list = `${h.site}/lists/Actions`;
    await seed(
      h,
      'Actions',
      Array.from({ length: 25 }, (_, i) => ({ Title: `a${i}` })),
    );
  });
  afterEach(() => h.close());

  async function drain(
    first: string,
  ): Promise<{ entries: DeltaEntry[]; deltaLink: string; pages: number }> {
    const entries: DeltaEntry[] = [];
    let next = first;
    let pages = 0;
    for (;;) {
      const page = await h.ok<Page<DeltaEntry>>('GET', next);
      entries.push(...page.value);
      pages += 1;
      if (page['@odata.deltaLink']) return { entries, deltaLink: page['@odata.deltaLink'], pages };
      expect(page['@odata.nextLink']).toBeDefined();
      next = page['@odata.nextLink'] as string;
    }
  }

  it('an initial sync with $expand=fields pages through every item with fields and ends in a deltaLink', async () => {
    const { entries, deltaLink, pages } = await drain(`${list}/items/delta?$top=10&$expand=fields`);
    expect(pages).toBe(3);
    expect(entries.map((e) => e.id)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(entries[0].fields?.Title).toBe('a0');
    expect(deltaLink.startsWith('https://graph.microsoft.com/v1.0/')).toBe(true);
    expect(deltaLink).toContain('token=');
  });

  it('the deltaLink then returns only what changed, with deletions as tombstones', async () => {
    const { deltaLink } = await drain(`${list}/items/delta?$expand=fields`);
    await h.ok('PATCH', `${list}/items/3/fields`, { Title: 'renamed' });
    await h.ok('PATCH', `${list}/items/3/fields`, { Title: 'renamed twice' });
    await h.ok('DELETE', `${list}/items/5`);
    await h.ok('POST', `${list}/items`, { fields: { Title: 'new' } });
    const { entries, deltaLink: next } = await drain(deltaLink);
    expect(entries).toEqual([
      expect.objectContaining({
        id: '3',
        fields: expect.objectContaining({ Title: 'renamed twice' }) as unknown,
      }),
      expect.objectContaining({ id: '5', deleted: { state: 'deleted' } }),
      expect.objectContaining({ id: '26' }),
    ]);
    const quiet = await drain(next);
    expect(quiet.entries).toEqual([]);
  });

  it('token=latest returns no items, only a deltaLink that sees later changes', async () => {
    const latest = await h.ok<Page<DeltaEntry>>('GET', `${list}/items/delta?token=latest`);
    expect(latest.value).toEqual([]);
    await h.ok('PATCH', `${list}/items/1/fields`, { Title: 'changed' });
    const { entries } = await drain(latest['@odata.deltaLink'] as string);
    expect(entries.map((e) => e.id)).toEqual(['1']);
  });

  it('an unknown token gets 410 Gone resyncChangesApplyDifferences with a Location to start again', async () => {
    const reply = await h.call('GET', `${list}/items/delta?token=not-a-token`);
    expect(reply.status).toBe(410);
    expect(errorOf(reply).code).toBe('resyncChangesApplyDifferences');
    expect(reply.headers.get('location')).toBe(
      `https://graph.microsoft.com/v1.0${list}/items/delta`,
    );
  });

  it("another list's token gets 410", async () => {
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Other' });
    const other = await h.ok<Page<DeltaEntry>>(
      'GET',
      `${h.site}/lists/Other/items/delta?token=latest`,
    );
    const token = new URL(other['@odata.deltaLink'] as string).searchParams.get('token') as string;
    expect((await h.call('GET', `${list}/items/delta?token=${token}`)).status).toBe(410);
  });
});
