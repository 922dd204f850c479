import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, harness, seed, type Harness, type ItemBody, type Page } from './harness.js';

describe('paging with @odata.nextLink and $top', () => {
  let h: Harness;
  let items: string;
  beforeAll(async () => {
    h = await harness();
    await h.ok('POST', `${h.site}/lists`, {
      displayName: 'Actions',
      columns: [{ name: 'Rank', number: {}, indexed: true }],
    });
    items = `${h.site}/lists/Actions/items`;
    await seed(
      h,
      'Actions',
      Array.from({ length: 450 }, (_, i) => ({ Title: `Action ${i}`, Rank: (i * 37) % 450 })),
    );
  });
  afterAll(() => h.close());

  async function readAll(
    first: string,
  ): Promise<{ ids: string[]; pages: number; links: string[] }> {
    const ids: string[] = [];
    const links: string[] = [];
    let next: string | undefined = first;
    let pages = 0;
    while (next) {
      const page: Page = await h.ok<Page>('GET', next);
      ids.push(...page.value.map((item: ItemBody) => item.id));
      next = page['@odata.nextLink'];
      if (next) links.push(next);
      pages += 1;
    }
    return { ids, pages, links };
  }

  it('following nextLinks returns every item exactly once, 200 to a page by default', async () => {
    const { ids, pages } = await readAll(`${items}?$expand=fields`);
    expect(pages).toBe(3);
    expect(new Set(ids).size).toBe(450);
    expect(ids).toHaveLength(450);
  });

  it('nextLink is an absolute https Graph URL with a $skiptoken that keeps the other options', async () => {
    const { links } = await readAll(`${items}?$expand=fields&$top=100`);
    expect(links).toHaveLength(4);
    for (const link of links) {
      expect(link.startsWith(`https://graph.microsoft.com/v1.0${items}?`)).toBe(true);
      expect(link).toContain('$skiptoken=');
      expect(link).toContain('$top=100');
      expect(link).toContain('$expand=fields');
    }
  });

  it('ordered pages (descending on an indexed column) also return every item once, in order', async () => {
    const ranks: number[] = [];
    let next: string | undefined = `${items}?$expand=fields&$orderby=fields/Rank desc&$top=70`;
    while (next) {
      const page: Page = await h.ok<Page>('GET', next);
      ranks.push(...page.value.map((item) => item.fields.Rank as number));
      next = page['@odata.nextLink'];
    }
    expect(ranks).toHaveLength(450);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(new Set(ranks).size).toBe(450);
  });

  it('a filtered query pages through only the matching items', async () => {
    const { ids } = await readAll(`${items}?$filter=fields/Rank lt 150&$top=40`);
    expect(ids).toHaveLength(150);
  });

  it('$top of 5000 is accepted and $top over 5000 gets 400 invalidRequest', async () => {
    expect((await h.call('GET', `${items}?$top=5000`)).status).toBe(200);
    const reply = await h.call('GET', `${items}?$top=5001`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).code).toBe('invalidRequest');
    expect(errorOf(reply).message).toContain('5000');
  });

  it('$top of 0 or a word gets 400', async () => {
    expect((await h.call('GET', `${items}?$top=0`)).status).toBe(400);
    expect((await h.call('GET', `${items}?$top=ten`)).status).toBe(400);
  });

  it('a forged $skiptoken gets 400', async () => {
    expect((await h.call('GET', `${items}?$skiptoken=bm9uc2Vuc2U`)).status).toBe(400);
  });
});
