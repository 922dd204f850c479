import { mulberry32 } from '../domain/random/mulberry32.js';
import type { FaultSettings } from './types.js';

export type Fault = { status: 429 | 503; retryAfterSeconds: number } | undefined;

/** The project's one seeded generator, so a fault run repeats exactly. */
const generator = (seed: number): (() => number) => mulberry32(seed).next;

const clampShare = (value: number | undefined) => Math.min(1, Math.max(0, value ?? 0));

/**
 * Decides which requests fail. Graph answers throttled requests with 429 and a Retry-After header
 * (https://learn.microsoft.com/en-us/graph/throttling), and may answer 503 the same way.
 */
export class FaultInjector {
  private settings: FaultSettings = {};
  private random = generator(1);

  set(settings: FaultSettings): void {
    this.settings = { ...settings };
    this.random = generator(settings.seed ?? 1);
  }

  clear(): void {
    this.set({});
  }

  current(): FaultSettings {
    return { ...this.settings };
  }

  get latencyMs(): number {
    return Math.max(0, this.settings.latencyMs ?? 0);
  }

  /** Draws once for one request (a $batch draws for itself and for each sub-request). */
  roll(): Fault {
    const throttle = clampShare(this.settings.throttleRate);
    const unavailable = clampShare(this.settings.unavailableRate);
    if (throttle === 0 && unavailable === 0) return undefined;
    const draw = this.random();
    const retryAfterSeconds = Math.max(0, Math.round(this.settings.retryAfterSeconds ?? 1));
    if (draw < throttle) return { status: 429, retryAfterSeconds };
    if (draw < throttle + unavailable) return { status: 503, retryAfterSeconds };
    return undefined;
  }
}
