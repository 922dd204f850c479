import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from './mulberry32';
import { shuffle } from './shuffle';

describe('shuffle', () => {
  it('returns a permutation of its input and leaves the input untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(), (items, seed) => {
        const copy = [...items];
        const out = shuffle(items, mulberry32(seed));
        expect(items).toEqual(copy);
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('shuffles the same way for the same seed', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.nat(), (items, seed) => {
        expect(shuffle(items, mulberry32(seed))).toEqual(shuffle(items, mulberry32(seed)));
      }),
    );
  });

  it('puts each item first about equally often', () => {
    const firsts = new Map<string, number>();
    const rng = mulberry32(7);
    for (let i = 0; i < 4000; i++) {
      const first = shuffle(['a', 'b', 'c', 'd'], rng)[0] ?? '';
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const item of ['a', 'b', 'c', 'd']) {
      expect(Math.abs((firsts.get(item) ?? 0) - 1000)).toBeLessThan(120);
    }
  });
});
