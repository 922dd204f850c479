import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnindexedQueryError } from '../../src/sharepoint/graph/indexed-queries-only';
import { actionsMapping } from '../../src/sharepoint/lists/actions.mapping';
import { buildAction } from './builders';
import { seedItems, startHarness, type Harness } from './harness';

let h: Harness;
const N = 20_000;
beforeAll(async () => {
  h = await startHarness();
  const items = Array.from({ length: N }, (_, i) =>
    actionsMapping.toFields(
      buildAction(`L-${String(i)}`, {
        teamId: `T-${String(i % 40)}`,
        dueDate: i % 100 === 0 ? '2025-01-15' : '2025-09-01',
      }),
    ),
  );
  await seedItems(h.emulator, 'Actions', items);
}, 120_000);
afterAll(() => h.close());

describe('a list of 20,000 items, past the list view threshold', () => {
  it('is filtered on indexed columns', async () => {
    const team = await h.store.repo('actions').list({ where: { teamId: 'T-7' } });
    expect(team).toHaveLength(N / 40);
    const due = await h.store
      .repo('actions')
      .list({ where: { state: 'Open' }, onOrBefore: { field: 'dueDate', value: '2025-02-01' } });
    expect(due).toHaveLength(N / 100);
  });

  it('refuses a filter on an unindexed column before sending it', async () => {
    const query = h.store.repo('actions').list({ where: { immediate: false } });
    await expect(query).rejects.toThrow(/indexed column/);
  });

  it('fails an unindexed filter sent to Graph the way SharePoint does', async () => {
    const url = `/sites/${h.store.siteId}/lists/Actions/items?$expand=fields&$filter=${encodeURIComponent("fields/Description eq 'x'")}`;
    const sent = h.store.graph.send({ method: 'GET', url }, 'unindexed query');
    await expect(sent).rejects.toMatchObject({
      reason: 'invalid',
      message: expect.stringMatching(
        /cannot be referenced in filter or orderby as it is not indexed/,
      ) as unknown,
    });
  });

  it('never sends the header that lets an unindexed query through', async () => {
    const url = `/sites/${h.store.siteId}/lists/Actions/items?$filter=${encodeURIComponent("fields/Description eq 'x'")}`;
    const headers = { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
    h.emulator.counters.reset();
    const sent = h.store.graph.send({ method: 'GET', url, headers }, 'q');
    await expect(sent).rejects.toBeInstanceOf(UnindexedQueryError);
    expect(h.emulator.counters.snapshot()).toEqual({});
  });
});
