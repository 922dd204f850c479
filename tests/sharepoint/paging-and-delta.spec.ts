import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/ports';
import { actionsMapping } from '../../src/sharepoint/lists/actions.mapping';
import { buildAction } from './builders';
import { seedItems, startHarness, type Harness } from './harness';

let h: Harness;
const N = 1_050;
beforeAll(async () => {
  h = await startHarness();
  const items = Array.from({ length: N }, (_, i) =>
    actionsMapping.toFields(buildAction(`P-${String(i)}`, { teamId: i % 2 ? 'T-odd' : 'T-even' })),
  );
  await seedItems(h.emulator, 'Actions', items);
});
afterAll(() => h.close());

describe('paging', () => {
  it('follows @odata.nextLink through every page of more than 1,000 items', async () => {
    const small = await h.openStore({ pageSize: 200 });
    h.emulator.counters.reset();
    const all = await small.repo('actions').list();
    expect(all).toHaveLength(N);
    expect(new Set(all.map((a) => a.record.id)).size).toBe(N);
    expect(h.emulator.counters.snapshot()['items.list']).toBe(Math.ceil(N / 200));
    const odd = await small.repo('actions').list({ where: { teamId: 'T-odd' } });
    expect(odd).toHaveLength(N / 2);
  });
});

describe('a delta cache', () => {
  it('reads the whole list first, then only what changed, including deletions', async () => {
    const cache = h.store.delta('actions');
    expect(await cache.refresh()).toEqual({ changed: N, removed: 0, resynced: true });

    const repo = h.store.repo('actions');
    const changes: Change[] = [];
    for (const id of ['P-1', 'P-2', 'P-3']) {
      const current = await repo.get(id);
      if (!current) throw new Error(id);
      changes.push({
        kind: 'actions',
        op: 'update',
        record: { ...current.record, state: 'InProgress' },
        expectedVersion: current.version,
      });
    }
    changes.push({ kind: 'actions', op: 'create', record: buildAction('P-new') });
    await h.store.saveAll(changes);
    for (const id of ['P-4', 'P-5']) {
      const current = await repo.get(id);
      if (current) await repo.delete(id, current.version);
    }

    h.emulator.counters.reset();
    expect(await cache.refresh()).toEqual({ changed: 4, removed: 2, resynced: false });
    expect(h.emulator.counters.snapshot()).toEqual({ delta: 1 });
    const byId = new Map(cache.records().map((v) => [v.record.id, v.record]));
    expect(byId.size).toBe(N - 1);
    expect(byId.get('P-2')?.state).toBe('InProgress');
    expect(byId.has('P-4')).toBe(false);
    expect(byId.has('P-new')).toBe(true);
  });

  it('reads the whole list again when Graph answers 410 Gone for its token', async () => {
    const cache = h.store.delta('actions');
    await cache.refresh();
    const link = cache.link() ?? '';
    // A token from a later state than the list has (e.g. a restored backup): Graph says resync.
    const url = new URL(link);
    const [listId] = JSON.parse(
      Buffer.from(url.searchParams.get('token') ?? '', 'base64url').toString(),
    ) as [string];
    url.searchParams.set(
      'token',
      Buffer.from(JSON.stringify([listId, 10 ** 9, 0])).toString('base64url'),
    );
    const stale = h.store.delta('actions', url.toString());
    const result = await stale.refresh();
    expect(result.resynced).toBe(true);
    expect(stale.records()).toHaveLength(cache.records().length);
  });
});
