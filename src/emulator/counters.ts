/** Resource units spent, in all and per operation (see throttle/costs.ts). */
export interface ResourceUnitsSnapshot {
  total: number;
  byOperation: Record<string, number>;
}

const sorted = (map: Map<string, number>) =>
  Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));

/**
 * How many requests of each operation the emulator has answered (faulted and throttled ones
 * included), and the resource units they cost. Request counts and units are kept apart, so a
 * sum of request counts stays a count of requests.
 */
export class Counters {
  private counts = new Map<string, number>();
  private units = new Map<string, number>();
  private served = 0;

  /** List items (or drive items) a response carried: what a reader paid to read. */
  addItems(n: number): void {
    this.served += n;
  }

  itemsServed(): number {
    return this.served;
  }

  add(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  addUnits(operation: string, units: number): void {
    if (units > 0) this.units.set(operation, (this.units.get(operation) ?? 0) + units);
  }

  snapshot(): Record<string, number> {
    return sorted(this.counts);
  }

  resourceUnits(): ResourceUnitsSnapshot {
    const byOperation = sorted(this.units);
    return { total: Object.values(byOperation).reduce((a, b) => a + b, 0), byOperation };
  }

  reset(): void {
    this.counts.clear();
    this.units.clear();
    this.served = 0;
  }
}
