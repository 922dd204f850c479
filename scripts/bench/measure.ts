import type { RunningEmulator } from '../../src/emulator';
import { graphRequests } from './graph-requests';

/** What one piece of work cost, as the emulator counted it. */
export interface Cost {
  readonly requests: number;
  readonly itemsRead: number;
  readonly resourceUnits: number;
  readonly ms: number;
}

/** Runs `work` and reports the Graph round trips, items read and resource units it cost. */
export async function measure<T>(
  emulator: RunningEmulator,
  work: () => Promise<T>,
): Promise<{ value: T; cost: Cost }> {
  emulator.counters.reset();
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  return {
    value,
    cost: {
      requests: graphRequests(emulator.counters.snapshot()).requests,
      itemsRead: emulator.counters.itemsServed(),
      resourceUnits: emulator.counters.resourceUnits().total,
      ms,
    },
  };
}

export const costText = (c: Cost): string =>
  `${String(c.requests).padStart(3)} req ${String(c.itemsRead).padStart(6)} items ${String(c.resourceUnits).padStart(4)} RU`;

/** Latency percentiles, in ms, of sorted samples. */
export const percentile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
