/**
 * A token bucket whose tokens come back one window after they were used (a sliding-window
 * bucket): no window of `windowMs` ever holds more than `capacity` sends, which is exactly how
 * Teams states its limits ("7 per second", "60 per 30 seconds"). A bucket that refills
 * continuously would allow a burst of `capacity` plus the refill inside one window.
 */
export class TokenBucket {
  private readonly used: number[] = [];

  constructor(
    readonly capacity: number,
    readonly windowMs: number,
  ) {}

  /** Milliseconds until a token is free (0: free now). */
  waitFor(now: number): number {
    this.expire(now);
    if (this.used.length < this.capacity) return 0;
    const oldest = this.used.at(this.used.length - this.capacity);
    return oldest === undefined ? 0 : oldest + this.windowMs - now;
  }

  take(now: number): void {
    this.expire(now);
    this.used.push(now);
  }

  /** No token until `until` (a Retry-After from the service). */
  blockUntil(until: number): void {
    this.expire(until - this.windowMs);
    while (this.used.length < this.capacity) this.used.push(until - this.windowMs);
    this.used.sort((a, b) => a - b);
  }

  get idle(): boolean {
    return this.used.length === 0;
  }

  private expire(now: number): void {
    while (this.used.length > 0 && (this.used[0] ?? now) + this.windowMs <= now) this.used.shift();
  }
}
