/**
 * The read model on the real emulator: built once by paging, then caught up by Graph delta in
 * one `$batch` round trip, whoever wrote the change; the app's own writes show at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadModel } from '../../src/app/read-model/read-model';
import type { Change } from '../../src/domain/ports';
import { graphRequests } from '../../scripts/bench/graph-requests';
import { buildAction } from '../sharepoint/builders';
import { startHarness, type Harness } from '../sharepoint/harness';

let h: Harness;
const N = 1_200;
beforeAll(async () => {
  h = await startHarness();
  const changes: Change[] = Array.from({ length: N }, (_, i) => ({
    kind: 'actions',
    op: 'create',
    record: buildAction(`RM-${String(i)}`),
  }));
  for (let i = 0; i < changes.length; i += 100) await h.store.saveAll(changes.slice(i, i + 100));
});
afterAll(() => h.close());

const requests = () => graphRequests(h.emulator.counters.snapshot());

describe('the read model', () => {
  it('is built once by paging, then each catch-up is one round trip for every list', async () => {
    const model = new ReadModel(await h.openStore());
    h.emulator.counters.reset();
    await model.refresh();
    expect(model.records('actions')).toHaveLength(N);
    const built = requests().requests;
    // One page of 5,000 or fewer per list: a handful of requests, never one per item.
    expect(built).toBeLessThanOrEqual(20);

    h.emulator.counters.reset();
    await model.refresh();
    expect(requests()).toMatchObject({ requests: 1, batches: 1 });
  });

  it("takes in another instance's changes at the next catch-up, and only those", async () => {
    const model = new ReadModel(await h.openStore());
    await model.refresh();
    const other = await h.openStore();
    const row = await other.repo('actions').get('RM-7');
    if (row === null) throw new Error('RM-7');
    await other.saveAll([
      {
        kind: 'actions',
        op: 'update',
        record: { ...row.record, state: 'Completed' },
        expectedVersion: row.version,
      },
      { kind: 'actions', op: 'create', record: buildAction('RM-new') },
    ]);
    const generation = model.generation('actions');
    h.emulator.counters.reset();
    await model.refresh();
    expect(requests().requests).toBe(1);
    // One delta per mirrored list: the framework's eleven, references, reminders, re-audits, reviews,
    // learning themes and theme decisions.
    expect(h.emulator.counters.snapshot()['delta']).toBe(17);
    expect(model.get('actions', 'RM-7')?.record.state).toBe('Completed');
    expect(model.get('actions', 'RM-new')).toBeDefined();
    expect(model.generation('actions')).toBeGreaterThan(generation);
  });

  it("shows the app's own write at once, and keeps the newer version when delta brings an older one", async () => {
    const store = await h.openStore();
    const model = new ReadModel(store);
    await model.refresh();
    const row = await store.repo('actions').get('RM-9');
    if (row === null) throw new Error('RM-9');
    const [saved] = await store.saveAll([
      {
        kind: 'actions',
        op: 'update',
        record: { ...row.record, state: 'Verified' },
        expectedVersion: row.version,
      },
    ]);
    model.accept('actions', saved as never);
    expect(model.get('actions', 'RM-9')?.record.state).toBe('Verified');
    model.accept('actions', row);
    expect(model.get('actions', 'RM-9')?.record.state).toBe('Verified');
  });

  it('catches up at most once however many requests ask at the same moment', async () => {
    const model = new ReadModel(await h.openStore(), { maxAgeMs: 0 });
    await model.refresh();
    h.emulator.counters.reset();
    await Promise.all(Array.from({ length: 50 }, () => model.fresh()));
    expect(requests().requests).toBe(1);
  });

  it("answers by field from an index that follows the list's changes, its own writes included", async () => {
    const store = await h.openStore();
    const model = new ReadModel(store);
    await model.refresh();
    const row = model.get('actions', 'RM-11');
    if (row === undefined) throw new Error('RM-11');
    const owner = row.record.ownerId;
    const before = model.where('actions', 'ownerId', owner).length;
    expect(before).toBe(model.records('actions').filter((a) => a.record.ownerId === owner).length);
    expect(model.where('actions', 'ownerId', 'nobody')).toEqual([]);

    const [saved] = await store.saveAll([
      {
        kind: 'actions',
        op: 'update',
        record: { ...row.record, ownerId: 'someone-else', state: 'Verified' },
        expectedVersion: row.version,
      },
    ]);
    model.accept('actions', saved as never);
    expect(model.where('actions', 'ownerId', owner)).toHaveLength(before - 1);
    expect(model.where('actions', 'ownerId', 'someone-else').map((a) => a.record.id)).toEqual([
      'RM-11',
    ]);
    expect(model.by('actions', 'verified', (a) => a.state === 'Verified', true)).toContainEqual(
      saved,
    );
  });
});
