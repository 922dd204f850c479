import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, harness, seed, type Harness, type Page } from './harness.js';

const COUNT = 20_000;
const STATUSES = ['Open', 'InProgress', 'Completed', 'Verified', 'Closed'];

describe('a 20,000-item list', () => {
  let h: Harness;
  let items: string;
  beforeAll(async () => {
    h = await harness();
    await h.ok('POST', `${h.site}/lists`, {
      displayName: 'Actions',
      columns: [
        { name: 'Status', choice: { choices: STATUSES }, indexed: true },
        { name: 'Owner', text: {}, indexed: true },
        { name: 'Note', text: {} },
        { name: 'Ref', text: {}, indexed: true, enforceUniqueValues: true },
      ],
    });
    items = `${h.site}/lists/Actions/items`;
    const all = Array.from({ length: COUNT }, (_, i) => ({
      Title: `Action ${i}`,
      Status: STATUSES[i % STATUSES.length],
      Owner: `worker-${i % 400}`,
      Note: `n${i}`,
      Ref: `R-${i}`,
    }));
    for (let start = 0; start < COUNT; start += 5000)
      await seed(h, 'Actions', all.slice(start, start + 5000));
  });
  afterAll(() => h.close());

  it('filters on an indexed column quickly and completely', async () => {
    const started = performance.now();
    const page = await h.ok<Page>(
      'GET',
      `${items}?$filter=fields/Owner eq 'worker-7'&$expand=fields&$top=5000`,
    );
    const elapsed = performance.now() - started;
    expect(page.value).toHaveLength(COUNT / 400);
    expect(page.value.every((i) => i.fields.Owner === 'worker-7')).toBe(true);
    expect(elapsed).toBeLessThan(1000);
  });

  it('combines indexed conditions with and/or', async () => {
    const page = await h.ok<Page>(
      'GET',
      `${items}?$filter=fields/Owner eq 'worker-7' and (fields/Status eq 'Open' or fields/Status eq 'Closed')&$top=5000`,
    );
    // worker-7 owns items 7, 407, 807…; i % 5 is 2 for all of them, so none are Open (0) or Closed (4).
    expect(page.value).toHaveLength(0);
    const inProgress = await h.ok<Page>(
      'GET',
      `${items}?$filter=fields/Owner eq 'worker-6' and fields/Status eq 'InProgress'&$top=5000`,
    );
    expect(inProgress.value).toHaveLength(COUNT / 400);
  });

  it('still enforces unique values on a large list', async () => {
    const reply = await h.call('POST', items, { fields: { Ref: 'r-19999' } });
    expect(reply.status).toBe(409);
  });

  it('refuses an unindexed filter even with the Prefer header, past the 5000-item threshold', async () => {
    const reply = await h.call('GET', `${items}?$filter=fields/Note eq 'n5'`, undefined, {
      Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly',
    });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toBe(
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    );
  });
});
