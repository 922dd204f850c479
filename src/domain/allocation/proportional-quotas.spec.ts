import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proportionalQuotas } from './proportional-quotas';

describe('proportionalQuotas', () => {
  it('gives the left-over units to the largest remainders', () => {
    // 10 of 100: exact shares 5.3, 3.3, 1.4 → 5, 3, 1 and the last unit to 1.4.
    const quotas = proportionalQuotas(
      new Map([
        ['ChildInNeed', 53],
        ['ChildProtection', 33],
        ['CareLeaver', 14],
      ]),
      10,
    );
    expect([...quotas.entries()]).toEqual([
      ['ChildInNeed', 5],
      ['ChildProtection', 3],
      ['CareLeaver', 2],
    ]);
  });

  it('never asks for more cases than there are', () => {
    const quotas = proportionalQuotas(new Map([['a', 2]]), 5);
    expect(quotas.get('a')).toBe(2);
  });

  it('keeps every quota within one of its exact share and the quotas summing to the total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 6 }),
        fc.nat({ max: 300 }),
        (sizes, total) => {
          const map = new Map(sizes.map((n, i) => [`s${i}`, n]));
          const population = sizes.reduce((a, b) => a + b, 0);
          const quotas = proportionalQuotas(map, total);
          const target = Math.min(total, population);
          const sum = [...quotas.values()].reduce((a, b) => a + b, 0);
          expect(sum).toBe(population === 0 ? 0 : target);
          for (const [key, n] of map) {
            const quota = quotas.get(key) ?? 0;
            expect(quota).toBeLessThanOrEqual(n);
            if (population > 0) expect(Math.abs(quota - (target * n) / population)).toBeLessThan(1);
          }
        },
      ),
    );
  });
});
