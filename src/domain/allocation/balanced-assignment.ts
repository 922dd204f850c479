export interface Assignment<T> {
  readonly assigned: readonly { readonly item: T; readonly workerId: string }[];
  /** Items no worker could take while every worker's load stays within one of every other's. */
  readonly unassigned: readonly T[];
}

/**
 * Gives items to workers so that every worker's load is within one of every other's (max − min
 * ≤ 1, counting workers with none) and each item goes to a worker allowed to take it, placing as
 * many items as those two rules allow.
 *
 * Loads must lie in [floor, floor + 1]. Starting from floor = ⌊items ÷ workers⌋ and going down,
 * it fills every worker to `floor` (a capacitated bipartite matching by augmenting paths), then
 * raises every capacity to floor + 1 and augments again. Augmenting never takes an item away from
 * a worker, so the lower bound holds, and the result is a maximum placement for that floor.
 * Among equally good choices a worker with fewer items comes first, then the given order.
 */
export const assignBalanced = <T>(
  items: readonly T[],
  workerIds: readonly string[],
  mayTake: (item: T, workerId: string) => boolean,
): Assignment<T> => {
  if (workerIds.length === 0) return { assigned: [], unassigned: [...items] };
  const rank = new Map(workerIds.map((id, i) => [id, i]));
  const candidates = items.map((item) => workerIds.filter((w) => mayTake(item, w)));
  for (let floor = Math.floor(items.length / workerIds.length); floor >= 0; floor--) {
    const owner: (string | null)[] = items.map(() => null);
    const load = new Map(workerIds.map((id) => [id, 0]));
    const loadOf = (w: string): number => load.get(w) ?? 0;
    const give = (i: number, w: string): void => {
      const previous = owner[i];
      if (previous !== null) load.set(previous, loadOf(previous) - 1);
      owner[i] = w;
      load.set(w, loadOf(w) + 1);
    };
    const augment = (i: number, cap: number, visited: Set<string>): boolean => {
      const order = [...(candidates[i] ?? [])].sort(
        (a, b) => loadOf(a) - loadOf(b) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0),
      );
      for (const w of order) {
        if (visited.has(w)) continue;
        visited.add(w);
        if (loadOf(w) < cap) {
          give(i, w);
          return true;
        }
        for (let j = 0; j < items.length; j++) {
          if (owner[j] === w && augment(j, cap, visited)) {
            give(i, w);
            return true;
          }
        }
      }
      return false;
    };
    const fill = (cap: number): number => {
      items.forEach((_, i) => {
        if (owner[i] === null) augment(i, cap, new Set());
      });
      return owner.filter((w) => w !== null).length;
    };
    if (fill(floor) < floor * workerIds.length) continue;
    fill(floor + 1);
    return {
      assigned: items.flatMap((item, i) => {
        const w = owner[i];
        return w === null ? [] : [{ item, workerId: w }];
      }),
      unassigned: items.filter((_, i) => owner[i] === null),
    };
  }
  return { assigned: [], unassigned: [...items] };
};
