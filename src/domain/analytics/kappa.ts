/**
 * Cohen's kappa for two raters on k ordered categories, from a k × k table of counts
 * (rows: first rater, columns: second rater), as κw = 1 − Σ w·o ÷ Σ w·e, where o are the observed
 * proportions, e the proportions expected by chance (row total × column total ÷ n²) and w the
 * disagreement weights (Cohen 1968):
 * - unweighted: 1 off the diagonal, 0 on it — Cohen's (1960) kappa, (po − pe) ÷ (1 − pe);
 * - linear: |i − j| ÷ (k − 1);
 * - quadratic: (i − j)² ÷ (k − 1)².
 *
 * Kappa is undefined, and returned as null, when there is nothing to compare (no ratings, or a
 * table that is not square with at least two categories) or when no disagreement is expected by
 * chance (Σ w·e = 0: both raters used one and the same single category). In that last case the
 * raters agree on every item, which the agreement rate reports; kappa cannot tell it from chance.
 */
export const KAPPA_WEIGHTINGS = ['unweighted', 'linear', 'quadratic'] as const;
export type KappaWeighting = (typeof KAPPA_WEIGHTINGS)[number];

export type ContingencyTable = readonly (readonly number[])[];

export const disagreementWeight = (
  i: number,
  j: number,
  k: number,
  weighting: KappaWeighting,
): number => {
  switch (weighting) {
    case 'unweighted':
      return i === j ? 0 : 1;
    case 'linear':
      return Math.abs(i - j) / (k - 1);
    case 'quadratic':
      return (i - j) ** 2 / (k - 1) ** 2;
  }
};

export const cohensKappa = (
  table: ContingencyTable,
  weighting: KappaWeighting = 'unweighted',
): number | null => {
  const k = table.length;
  if (k < 2 || table.some((row) => row.length !== k)) return null;
  const rows = table.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = table.map((_, j) => table.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  const n = rows.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  let observed = 0;
  let expected = 0;
  table.forEach((row, i) => {
    row.forEach((count, j) => {
      const w = disagreementWeight(i, j, k, weighting);
      observed += (w * count) / n;
      expected += (w * (rows[i] ?? 0) * (cols[j] ?? 0)) / (n * n);
    });
  });
  return expected === 0 ? null : 1 - observed / expected;
};
