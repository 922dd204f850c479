import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from './harness.js';

describe('fault injection and counters', () => {
  let h: Harness;
  let items: string;
  beforeEach(async () => {
    h = await harness();
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Audits' });
    items = `${h.site}/lists/Audits/items`;
    h.emu.counters.reset();
  });
  afterEach(() => h.close());

  it('about 30% of requests get 429 or 503 with Retry-After, and the counters count them', async () => {
    h.emu.faults.set({ throttleRate: 0.2, unavailableRate: 0.1, retryAfterSeconds: 2, seed: 42 });
    const statuses: number[] = [];
    for (let i = 0; i < 400; i += 1) {
      const reply = await h.call('GET', items);
      statuses.push(reply.status);
      if (reply.status !== 200) {
        expect(reply.headers.get('retry-after')).toBe('2');
        const code = (reply.body as { error: { code: string } }).error.code;
        expect(code).toBe(reply.status === 429 ? 'activityLimitReached' : 'serviceNotAvailable');
      }
    }
    const faulted = statuses.filter((s) => s === 429 || s === 503).length;
    expect(faulted / 400).toBeGreaterThan(0.24);
    expect(faulted / 400).toBeLessThan(0.36);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(
      statuses.filter((s) => s === 503).length,
    );
    const counts = h.emu.counters.snapshot();
    expect(counts['items.list']).toBe(400);
    expect(counts.throttled).toBe(faulted);
  });

  it('the same seed gives the same run', async () => {
    const run = async () => {
      h.emu.faults.set({ throttleRate: 0.3, seed: 9 });
      const out: number[] = [];
      for (let i = 0; i < 30; i += 1) out.push((await h.call('GET', items)).status);
      return out;
    };
    expect(await run()).toEqual(await run());
  });

  it('control endpoints are never throttled and drive faults and counters from another process', async () => {
    expect(
      (await h.call('PUT', '/_emulator/faults', { throttleRate: 1, retryAfterSeconds: 0 })).status,
    ).toBe(200);
    expect((await h.call('GET', items)).status).toBe(429);
    expect((await h.call('GET', '/_emulator/health')).status).toBe(200);
    const counters = await h.ok<Record<string, number>>('GET', '/_emulator/counters');
    expect(counters).toMatchObject({ 'items.list': 1, throttled: 1, 'throttled.429': 1 });
    expect((await h.call('DELETE', '/_emulator/faults')).status).toBe(204);
    expect((await h.call('GET', items)).status).toBe(200);
    expect((await h.call('DELETE', '/_emulator/counters')).status).toBe(204);
    expect(await h.ok('GET', '/_emulator/counters')).toEqual({});
  });

  it('refuses unknown or negative fault settings', async () => {
    expect((await h.call('PUT', '/_emulator/faults', { throttle: 0.5 })).status).toBe(400);
    expect((await h.call('PUT', '/_emulator/faults', { latencyMs: -1 })).status).toBe(400);
  });

  it('adds the configured latency to Graph requests', async () => {
    h.emu.faults.set({ latencyMs: 120 });
    const started = performance.now();
    await h.ok('GET', items);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });
});
