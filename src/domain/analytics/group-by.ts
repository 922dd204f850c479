/** Groups items by a key, the groups in key order so that every report reads the same way. */
export const groupBy = <T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
};

/** Share of `part` in `whole`, or null when there is nothing to share. */
export const shareOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : part / whole;
