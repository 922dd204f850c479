import { describe, expect, it } from 'vitest';
import { backoffMs } from './backoff';
import { parseRetryAfter } from './connector';

const policy = { baseMs: 500, maxMs: 60_000, random: () => 1 };

describe('backoff', () => {
  it('doubles with each attempt, up to a ceiling', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, null, policy))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffMs(20, null, policy)).toBe(60_000);
  });

  it("never waits less than the service's Retry-After", () => {
    expect(backoffMs(1, 5000, policy)).toBe(5000);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('2', 0)).toBe(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter(undefined, 0)).toBeNull();
  });
});
