/** The emulator's per-operation counters as Graph round trips: a `$batch` is one request. */
export function graphRequests(counts: Readonly<Record<string, number>>): {
  readonly requests: number;
  readonly reads: number;
  readonly batches: number;
  readonly batched: number;
} {
  const total = Object.entries(counts)
    .filter(([op]) => !op.startsWith('throttled'))
    .reduce((n, [, c]) => n + c, 0);
  const batched = counts['batch.sub'] ?? 0;
  const reads = (counts['items.get'] ?? 0) + (counts['items.list'] ?? 0) + (counts['delta'] ?? 0);
  return {
    requests: total - 2 * batched,
    reads,
    batches: counts['batch'] ?? 0,
    batched,
  };
}
