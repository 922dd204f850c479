import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/ports';
import { buildAction, buildFeedback } from './builders';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  // Retry-After: 0 is honoured without waiting; enough attempts that 30% faults never win.
  h = await startHarness({ sleep: () => Promise.resolve(), maxAttempts: 15 });
});
afterAll(() => h.close());

describe('writes while Graph throttles 15% and is unavailable for 15% of requests', () => {
  it('lands every one of 1,200 writes exactly once', async () => {
    h.emulator.faults.set({
      throttleRate: 0.15,
      unavailableRate: 0.15,
      retryAfterSeconds: 0,
      seed: 7,
    });
    const batched = Array.from({ length: 1_100 }, (_, i) => buildAction(`F-${String(i)}`));
    for (let i = 0; i < batched.length; i += 50) {
      const changes = batched
        .slice(i, i + 50)
        .map((record): Change => ({ kind: 'actions', op: 'create', record }));
      await h.store.saveAll(changes);
    }
    const single = Array.from({ length: 100 }, (_, i) => buildFeedback(`FB-${String(i)}`));
    for (const record of single) await h.store.repo('feedback').create(record);
    const faulted = h.emulator.counters.snapshot();
    h.emulator.faults.clear();

    const actions = await h.store.repo('actions').list();
    const ids = actions.map((a) => a.record.id);
    expect(ids).toHaveLength(1_100);
    expect(new Set(ids)).toEqual(new Set(batched.map((a) => a.id)));
    const feedback = await h.store.repo('feedback').list();
    expect(new Set(feedback.map((f) => f.record.id)).size).toBe(100);
    expect(feedback).toHaveLength(100);
    // The faults really happened: far more requests than the 22 batches and 100 creates.
    expect(Object.values(faulted).reduce((a, b) => a + b, 0)).toBeGreaterThan(150);
  });

  it('applies each of 100 updates once: every item is at its second version', async () => {
    const before = await h.store.repo('feedback').list();
    h.emulator.faults.set({
      throttleRate: 0.15,
      unavailableRate: 0.15,
      retryAfterSeconds: 0,
      seed: 11,
    });
    for (const { record, version } of before)
      await h.store.repo('feedback').update({ ...record, summary: 'Reviewed' }, version);
    h.emulator.faults.clear();
    const after = await h.store.repo('feedback').list();
    expect(after.every((v) => v.record.summary === 'Reviewed')).toBe(true);
    expect(new Set(after.map((v) => v.version.replace(/^"[^,]+,(\d+)"$/, '$1')))).toEqual(
      new Set(['2']),
    );
  });
});
