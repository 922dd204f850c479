import { describe, expect, it } from 'vitest';
import type { GraphResponse } from './errors';
import { retryAfterMs } from './errors';
import { DEFAULT_RETRY, retryDelay, withRetry, type RetryPolicy } from './retry';

const policy = (over: Partial<RetryPolicy> = {}): RetryPolicy => ({
  ...DEFAULT_RETRY,
  random: () => 0,
  sleep: () => Promise.resolve(),
  ...over,
});
const reply = (status: number, headers: Record<string, string> = {}): GraphResponse => ({
  status,
  headers,
  body: undefined,
});

describe('Retry-After', () => {
  it('reads delay-seconds', () => {
    expect(retryAfterMs({ 'retry-after': '7' })).toBe(7000);
  });

  it('reads an HTTP date as the time left until then', () => {
    const now = Date.parse('2025-03-04T09:00:00Z');
    expect(retryAfterMs({ 'retry-after': 'Tue, 04 Mar 2025 09:00:30 GMT' }, now)).toBe(30_000);
  });

  it('treats a date in the past as no wait, and nonsense as no header', () => {
    const now = Date.parse('2025-03-04T09:00:00Z');
    expect(retryAfterMs({ 'retry-after': 'Tue, 04 Mar 2025 08:00:00 GMT' }, now)).toBe(0);
    expect(retryAfterMs({ 'retry-after': 'soon' })).toBeNull();
    expect(retryAfterMs({})).toBeNull();
  });
});

describe('the retry delay', () => {
  it('is never shorter than Retry-After and at most the jitter share longer', () => {
    for (const r of [0, 0.25, 0.5, 0.999]) {
      const delay = retryDelay(policy({ random: () => r, jitterRatio: 0.2 }), 1, {
        'retry-after': '10',
      });
      expect(delay).toBeGreaterThanOrEqual(10_000);
      expect(delay).toBeLessThanOrEqual(12_000);
    }
  });

  it('backs off exponentially without Retry-After, up to the cap', () => {
    const p = policy({ baseMs: 100, maxMs: 1000 });
    expect([1, 2, 3, 4, 5].map((a) => retryDelay(p, a, {}))).toEqual([100, 200, 400, 800, 1000]);
  });
});

describe('withRetry', () => {
  it('retries 429, 503 and 504, waiting as asked, until a response is not transient', async () => {
    const script = [reply(429, { 'retry-after': '2' }), reply(503), reply(504), reply(201)];
    const waits: number[] = [];
    const result = await withRetry(
      policy({ baseMs: 10, sleep: (ms) => Promise.resolve(void waits.push(ms)) }),
      () => Promise.resolve(script.shift() ?? reply(500)),
    );
    expect(result.status).toBe(201);
    expect(waits).toEqual([2000, 20, 40]);
  });

  it('gives up after the allowed attempts and returns the last response', async () => {
    let calls = 0;
    const result = await withRetry(policy({ maxAttempts: 4 }), () => {
      calls++;
      return Promise.resolve(reply(429, { 'retry-after': '0' }));
    });
    expect(calls).toBe(4);
    expect(result.status).toBe(429);
  });

  it('does not retry a client error', async () => {
    let calls = 0;
    await withRetry(policy(), () => Promise.resolve(reply(++calls && 412)));
    expect(calls).toBe(1);
  });
});
