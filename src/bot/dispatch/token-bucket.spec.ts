import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('never lets a window hold more than its capacity', () => {
    const bucket = new TokenBucket(7, 1000);
    for (let i = 0; i < 7; i++) {
      expect(bucket.waitFor(0)).toBe(0);
      bucket.take(0);
    }
    expect(bucket.waitFor(0)).toBe(1000);
    expect(bucket.waitFor(999)).toBe(1);
    expect(bucket.waitFor(1000)).toBe(0);
  });

  it('holds every token until a Retry-After has passed', () => {
    const bucket = new TokenBucket(7, 1000);
    bucket.blockUntil(5000);
    expect(bucket.waitFor(100)).toBe(4900);
    expect(bucket.waitFor(5000)).toBe(0);
  });
});
