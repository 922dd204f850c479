/** Small seeded choices on top of the domain's generator; nothing here reads Math.random. */
import type { Rng } from '../domain/random';

/** One item of a non-empty list, uniformly. */
export const pick = <T>(rng: Rng, items: readonly T[]): T => {
  if (items.length === 0) throw new Error('pick: nothing to choose from');
  return items[rng.below(items.length)];
};

/** A whole number from min to max inclusive. */
export const between = (rng: Rng, min: number, max: number): number =>
  min + rng.below(max - min + 1);

/** True with the given probability. */
export const chance = (rng: Rng, probability: number): boolean => rng.next() < probability;

/** One key of a table of weights, in proportion to its weight. */
export const weighted = <K extends string>(
  rng: Rng,
  weights: Readonly<Partial<Record<K, number>>>,
): K => {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [key, w] of entries) {
    roll -= w;
    if (roll < 0) return key;
  }
  const last = entries.at(-1);
  if (last === undefined) throw new Error('weighted: no weights');
  return last[0];
};

/**
 * Quotas that add up to n, in proportion to the weights (largest remainder), with at least one
 * for every key of positive weight while n allows.
 */
export const quotas = <K extends string>(
  n: number,
  weights: Readonly<Partial<Record<K, number>>>,
): Map<K, number> => {
  const entries = (Object.entries(weights) as [K, number][]).filter(([, w]) => w > 0);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const floor = entries.map(([k, w]) => ({ k, exact: (n * w) / total }));
  const counts = new Map<K, number>(floor.map(({ k, exact }) => [k, Math.floor(exact)]));
  const byRemainder = [...floor].sort(
    (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)),
  );
  let left = n - [...counts.values()].reduce((s, c) => s + c, 0);
  for (const { k } of byRemainder) {
    if (left === 0) break;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    left--;
  }
  // Every key at least once while n allows: take from the largest.
  for (const [k] of entries) {
    if ((counts.get(k) ?? 0) > 0 || n < entries.length) continue;
    const largest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    counts.set(largest[0], largest[1] - 1);
    counts.set(k, 1);
  }
  return counts;
};
