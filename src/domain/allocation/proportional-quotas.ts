/**
 * Shares `total` among strata in proportion to their sizes by the largest-remainder (Hamilton)
 * method: each stratum gets the whole part of its exact share, and the units left over go to the
 * largest fractional parts (ties to the larger stratum, then the earlier key). Every quota is
 * within one of its exact share, and the quotas add up to `total` (at most the sum of sizes).
 */
export const proportionalQuotas = <K extends string>(
  sizes: ReadonlyMap<K, number>,
  total: number,
): Map<K, number> => {
  const population = [...sizes.values()].reduce((sum, n) => sum + n, 0);
  const target = Math.min(Math.max(0, total), population);
  const quotas = new Map<K, number>();
  if (population === 0) return quotas;
  const remainders: { key: K; size: number; remainder: number; order: number }[] = [];
  let given = 0;
  [...sizes.entries()].forEach(([key, size], order) => {
    const whole = Math.floor((target * size) / population);
    quotas.set(key, whole);
    given += whole;
    remainders.push({ key, size, remainder: (target * size) % population, order });
  });
  remainders.sort((a, b) => b.remainder - a.remainder || b.size - a.size || a.order - b.order);
  for (const { key } of remainders.slice(0, target - given)) {
    quotas.set(key, (quotas.get(key) ?? 0) + 1);
  }
  return quotas;
};
