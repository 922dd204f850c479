import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter, type BackoffPolicy } from './backoff';

const policy = (over: Partial<BackoffPolicy> = {}): BackoffPolicy => ({
  baseMs: 100,
  maxMs: 1000,
  jitterRatio: 0.2,
  random: () => 0,
  ...over,
});

describe('backing off', () => {
  it('doubles with each attempt, up to a ceiling, when the service names no wait', () => {
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(policy(), a, null))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
  });

  it("waits exactly the service's Retry-After, however many attempts were made", () => {
    expect(backoffDelay(policy(), 1, 5000)).toBe(5000);
    expect(backoffDelay(policy(), 9, 2000)).toBe(2000);
  });

  it('adds at most the jitter ratio, so throttled clients do not return in step', () => {
    for (const r of [0, 0.5, 0.999]) {
      const delay = backoffDelay(policy({ random: () => r }), 1, 1000);
      expect(delay).toBeGreaterThanOrEqual(1000);
      expect(delay).toBeLessThanOrEqual(1200);
    }
  });

  it('reads Retry-After as seconds or as an HTTP date, and ignores what it cannot read', () => {
    expect(parseRetryAfter('7', 0)).toBe(7000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter(new Date(1000).toUTCString(), 4000)).toBe(0);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(undefined, 0)).toBeNull();
  });
});
