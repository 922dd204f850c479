import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSeed, MAX_SEED, mulberry32 } from './mulberry32';

const take = (seed: number, n: number): number[] => {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED }), (seed) => {
        expect(take(seed, 20)).toEqual(take(seed, 20));
      }),
    );
  });

  it('keeps the sequence it had when draws were first recorded (seed 0)', () => {
    expect(take(0, 3)).toEqual([0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]);
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(take(1, 5)).not.toEqual(take(2, 5));
  });

  it('draws numbers in [0, 1) and whole numbers below n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_SEED }),
        fc.integer({ min: 1, max: 50 }),
        (s, n) => {
          const rng = mulberry32(s);
          for (let i = 0; i < 50; i++) {
            const x = rng.next();
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThan(1);
            const k = rng.below(n);
            expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
          }
        },
      ),
    );
  });

  it('spreads draws roughly evenly over ten buckets', () => {
    const rng = mulberry32(2024);
    const buckets = Array.from({ length: 10 }, () => 0);
    for (let i = 0; i < 10_000; i++) buckets[rng.below(10)] += 1;
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it('accepts only unsigned 32-bit whole numbers as seeds', () => {
    expect(isSeed(0)).toBe(true);
    expect(isSeed(MAX_SEED)).toBe(true);
    expect(isSeed(-1)).toBe(false);
    expect(isSeed(1.5)).toBe(false);
    expect(isSeed(MAX_SEED + 1)).toBe(false);
  });
});
