import { describe, expect, it } from 'vitest';
import { FaultInjector } from './faults.js';

const draw = (injector: FaultInjector, n: number) =>
  Array.from({ length: n }, () => injector.roll()?.status ?? 200);

describe('FaultInjector', () => {
  it('injects nothing until told to', () => {
    expect(draw(new FaultInjector(), 100).every((s) => s === 200)).toBe(true);
  });

  it('answers the configured shares of 429 and 503, with the configured Retry-After', () => {
    const injector = new FaultInjector();
    injector.set({ throttleRate: 0.2, unavailableRate: 0.1, retryAfterSeconds: 4, seed: 5 });
    const statuses = draw(injector, 10_000);
    expect(statuses.filter((s) => s === 429).length / 10_000).toBeCloseTo(0.2, 1);
    expect(statuses.filter((s) => s === 503).length / 10_000).toBeCloseTo(0.1, 1);
    injector.set({ throttleRate: 1, retryAfterSeconds: 4 });
    expect(injector.roll()).toEqual({ status: 429, retryAfterSeconds: 4 });
  });

  it('repeats exactly for the same seed', () => {
    const a = new FaultInjector();
    const b = new FaultInjector();
    a.set({ throttleRate: 0.3, seed: 11 });
    b.set({ throttleRate: 0.3, seed: 11 });
    expect(draw(a, 200)).toEqual(draw(b, 200));
  });

  it('clear stops faults and latency', () => {
    const injector = new FaultInjector();
    injector.set({ throttleRate: 1, latencyMs: 50 });
    injector.clear();
    expect(injector.roll()).toBeUndefined();
    expect(injector.latencyMs).toBe(0);
  });
});
