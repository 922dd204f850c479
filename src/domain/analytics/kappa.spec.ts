import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContingencyTable } from './kappa';
import { cohensKappa, KAPPA_WEIGHTINGS } from './kappa';

/** A k × k table from paired integer scores on the range lo..hi. */
const tableOf = (first: number[], second: number[], lo: number, hi: number): number[][] => {
  const table = Array.from({ length: hi - lo + 1 }, () =>
    Array.from({ length: hi - lo + 1 }, () => 0),
  );
  first.forEach((score, i) => {
    table[score - lo][(second[i] ?? lo) - lo] += 1;
  });
  return table;
};

describe("Cohen's kappa, unweighted", () => {
  // Wikipedia, "Cohen's kappa", simple worked example: 50 proposals, both yes 20, A yes B no 5,
  // A no B yes 10, both no 15 → po = 0.7, pe = 0.5, κ = 0.4.
  it('gives 0.4 on the Wikipedia worked example', () => {
    expect(
      cohensKappa([
        [20, 5],
        [10, 15],
      ]),
    ).toBeCloseTo(0.4, 12);
  });

  // Wikipedia, "Cohen's kappa", "same percentages but different numbers": both tables have
  // po = 0.6, yet κ = 0.1304 and κ = 0.2593.
  it('tells apart tables with the same agreement but different marginals, as on Wikipedia', () => {
    expect(
      cohensKappa([
        [45, 15],
        [25, 15],
      ]),
    ).toBeCloseTo(0.1304, 4);
    expect(
      cohensKappa([
        [25, 35],
        [5, 35],
      ]),
    ).toBeCloseTo(0.2593, 4);
  });

  it('is (po − pe) ÷ (1 − pe) on a hand-computed 3 × 3 table', () => {
    // n = 10, po = 0.6, marginals (3, 4, 3): pe = (9 + 16 + 9) ÷ 100 = 0.34 → κ = 0.26 ÷ 0.66.
    expect(
      cohensKappa([
        [2, 1, 0],
        [1, 2, 1],
        [0, 1, 2],
      ]),
    ).toBeCloseTo(13 / 33, 12);
  });
});

describe("Cohen's kappa, weighted", () => {
  // Hand-computed with κw = 1 − Σw·o ÷ Σw·e on the 3 × 3 table above:
  // linear (w = |i−j|/2):  Σw·o = 4 × 0.5 ÷ 10 = 0.2;  Σw·e = (48 × 0.5 + 18 × 1) ÷ 100 = 0.42.
  // quadratic (w = (i−j)²/4): Σw·o = 4 × 0.25 ÷ 10 = 0.1; Σw·e = (48 × 0.25 + 18 × 1) ÷ 100 = 0.3.
  it('gives 11/21 linear and 2/3 quadratic on the hand-computed 3 × 3 table', () => {
    const table = [
      [2, 1, 0],
      [1, 2, 1],
      [0, 1, 2],
    ];
    expect(cohensKappa(table, 'linear')).toBeCloseTo(11 / 21, 12);
    expect(cohensKappa(table, 'quadratic')).toBeCloseTo(2 / 3, 12);
  });

  // Maplesoft documentation, EssayTools[QuadraticWeightedKappa], examples 1 and 2 (scores
  // 1..10, range taken from the data): 0.758620689655172 and 0.438095238095238.
  it('matches the published quadratic weighted kappa examples of Maple EssayTools', () => {
    const first = [9, 7, 8, 7, 6, 8, 3, 5, 10];
    const example1 = tableOf(first, [8, 8, 6, 6, 7, 6, 1, 4, 8], 1, 10);
    const example2 = tableOf(first, [3, 5, 6, 6, 7, 6, 1, 4, 8], 1, 10);
    expect(cohensKappa(example1, 'quadratic')).toBeCloseTo(0.758620689655172, 12);
    expect(cohensKappa(example2, 'quadratic')).toBeCloseTo(0.438095238095238, 12);
  });

  it('weighs a near miss less than a far miss on the four-point scale', () => {
    // One Good↔Outstanding miss against one Outstanding↔Inadequate miss, all else agreed.
    const near = [
      [3, 1, 0, 0],
      [0, 3, 0, 0],
      [0, 0, 3, 0],
      [0, 0, 0, 3],
    ];
    const far = [
      [3, 0, 0, 1],
      [0, 3, 0, 0],
      [0, 0, 3, 0],
      [0, 0, 0, 3],
    ];
    expect(cohensKappa(near, 'unweighted')).toBeCloseTo(cohensKappa(far, 'unweighted') ?? NaN, 12);
    expect(cohensKappa(near, 'linear') ?? 0).toBeGreaterThan(cohensKappa(far, 'linear') ?? 0);
    expect(cohensKappa(near, 'quadratic') ?? 0).toBeGreaterThan(cohensKappa(far, 'quadratic') ?? 0);
  });

  it('equals unweighted kappa on two categories', () => {
    const table = [
      [20, 5],
      [10, 15],
    ];
    expect(cohensKappa(table, 'linear')).toBeCloseTo(0.4, 12);
    expect(cohensKappa(table, 'quadratic')).toBeCloseTo(0.4, 12);
  });
});

describe("Cohen's kappa, edge cases", () => {
  it('is 1 when the raters agree on every item and use more than one grade', () => {
    for (const w of KAPPA_WEIGHTINGS)
      expect(
        cohensKappa(
          [
            [3, 0],
            [0, 2],
          ],
          w,
        ),
      ).toBe(1);
  });

  it('is -1 when two equally used categories are always swapped', () => {
    expect(
      cohensKappa([
        [0, 5],
        [5, 0],
      ]),
    ).toBe(-1);
  });

  it('is undefined (null) when both raters used one single grade: no variance to compare', () => {
    for (const w of KAPPA_WEIGHTINGS)
      expect(
        cohensKappa(
          [
            [0, 0],
            [0, 7],
          ],
          w,
        ),
      ).toBeNull();
  });

  it('is undefined (null) with no ratings or a table that is not square', () => {
    expect(
      cohensKappa([
        [0, 0],
        [0, 0],
      ]),
    ).toBeNull();
    expect(
      cohensKappa([
        [1, 2, 3],
        [1, 2, 3],
      ]),
    ).toBeNull();
    expect(cohensKappa([[4]])).toBeNull();
  });
});

const table4: fc.Arbitrary<ContingencyTable> = fc.array(
  fc.array(fc.nat({ max: 12 }), { minLength: 4, maxLength: 4 }),
  { minLength: 4, maxLength: 4 },
);

describe("Cohen's kappa, properties", () => {
  it('lies in [-1, 1] whatever the table and weighting', () => {
    fc.assert(
      fc.property(table4, fc.constantFrom(...KAPPA_WEIGHTINGS), (table, w) => {
        const kappa = cohensKappa(table, w);
        if (kappa !== null) {
          expect(kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(kappa).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it('is 1 whenever agreement is complete and the marginals vary', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.nat({ max: 20 }), { minLength: 4, maxLength: 4 })
          .filter((diagonal) => diagonal.filter((n) => n > 0).length >= 2),
        fc.constantFrom(...KAPPA_WEIGHTINGS),
        (diagonal, w) => {
          const table = diagonal.map((n, i) => diagonal.map((_, j) => (i === j ? n : 0)));
          expect(cohensKappa(table, w)).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('does not depend on which rater is the rows', () => {
    fc.assert(
      fc.property(table4, fc.constantFrom(...KAPPA_WEIGHTINGS), (table, w) => {
        const transposed = table.map((row, i) => row.map((_, j) => table[j]?.[i] ?? 0));
        const a = cohensKappa(table, w);
        const b = cohensKappa(transposed, w);
        if (a === null) expect(b).toBeNull();
        else expect(b).toBeCloseTo(a, 10);
      }),
    );
  });
});
