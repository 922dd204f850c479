import { setMaxListeners } from 'node:events';
import type { OutboxRow, Store, Versioned } from '../../domain/ports';
import type { Logger } from '../../app/logger';
import { DEFAULT_BACKOFF, type BackoffPolicy } from '../../platform/backoff';
import { realClock, type DispatchClock } from './clock';
import { abortable } from './abortable';
import type { Connector } from './connector';
import { deliver, type Delivery, type DeliveryDeps } from './deliver';
import { RateLimiter, TEAMS_LIMITS, type RateLimits } from './rate-limiter';
import type { ReferenceResolver } from './references';
import { BatchedWrites } from './batched-writes';
import { RowStatus } from './row-status';
import type { SharePointBudget } from './sharepoint-budget';
import { dueInTurn } from './turns';

export interface DispatcherOptions {
  readonly store: Store;
  readonly connector: Connector;
  readonly references: ReferenceResolver;
  readonly logger: Logger;
  readonly clock?: DispatchClock;
  readonly limits?: RateLimits;
  /** The app's SharePoint budget and the share notices may spend (default: the smallest tenant's, half). */
  readonly budget?: SharePointBudget;
  readonly backoff?: BackoffPolicy;
  /** Sends tried per row before it is marked Failed (default 8). */
  readonly maxAttempts?: number;
  /** How long a claimed row is held before another dispatcher may take it (default 60 s). */
  readonly leaseMs?: number;
  /** Rows in flight at once (default 16); the rate limiter decides the pace. */
  readonly concurrency?: number;
  /** How often to look for due rows when nobody kicks (default 5 s). */
  readonly pollIntervalMs?: number;
  /** When to look again for someone who has not installed the app yet (default 15 min). */
  readonly noReferenceRetryMs?: number;
  /**
   * Wait before the first send (default 1.2 s): a process restarted moments after another
   * stopped does not know what that one sent in the last second, so it lets the per-second
   * windows pass first. (A 30-second window is not waited out; Teams' 429 covers that rare case.)
   */
  readonly quietStartMs?: number;
}

export type DrainResult = Readonly<Record<Delivery | 'errors', number>>;

/**
 * Sends pending outbox rows within Teams' limits and the app's SharePoint budget. `start()` runs it in the background until
 * `stop()`, which lets sends already on the wire finish and be marked, and hands every other
 * claimed row back. `kick()` wakes it early (after a publish).
 */
export class Dispatcher {
  private readonly deps: DeliveryDeps;
  private readonly concurrency: number;
  private readonly pollIntervalMs: number;
  private controller = new AbortController();
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(private readonly options: DispatcherOptions) {
    const clock = options.clock ?? realClock;
    this.deps = {
      status: new RowStatus(new BatchedWrites(options.store)),
      connector: options.connector,
      references: options.references,
      limiter: new RateLimiter(clock, options.limits ?? TEAMS_LIMITS, options.budget),
      clock,
      logger: options.logger,
      backoff: options.backoff ?? DEFAULT_BACKOFF,
      maxAttempts: options.maxAttempts ?? 8,
      leaseMs: options.leaseMs ?? 60_000,
      noReferenceRetryMs: options.noReferenceRetryMs ?? 15 * 60_000,
    };
    this.concurrency = options.concurrency ?? 16;
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
  }

  start(): void {
    if (this.loop !== null) return;
    this.controller = new AbortController();
    // Every worker waiting on the rate limits listens for a stop.
    setMaxListeners(0, this.controller.signal);
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.controller.abort();
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  kick(): void {
    this.wake?.();
  }

  /** One pass over the rows due now. */
  async drain(signal: AbortSignal = this.controller.signal): Promise<DrainResult> {
    const tally = { sent: 0, failed: 0, deferred: 0, skipped: 0, stopped: 0, errors: 0 };
    const rows = await this.options.store.repo('outbox').list({ where: { status: 'Pending' } });
    const queue = dueInTurn(rows, this.deps.clock.now());
    const worker = async () => {
      for (let row = queue.shift(); row !== undefined; row = queue.shift()) {
        if (signal.aborted) return;
        const outcome = await this.deliverSafely(row, signal);
        tally[outcome] += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, queue.length) }, worker));
    return tally;
  }

  private async deliverSafely(
    row: Versioned<OutboxRow>,
    signal: AbortSignal,
  ): Promise<Delivery | 'errors'> {
    try {
      return await deliver(row, this.deps, signal);
    } catch (error) {
      this.options.logger.error('outbox row not delivered this time', {
        row: row.record.id,
        reason: error instanceof Error ? error.message : 'unknown',
      });
      return 'errors';
    }
  }

  private async run(): Promise<void> {
    const { signal } = this.controller;
    const stopped = () => signal.aborted;
    await abortable(this.deps.clock.sleep(this.options.quietStartMs ?? 1_200), signal);
    while (!stopped()) {
      try {
        const result = await this.drain(signal);
        if (result.sent + result.failed + result.deferred > 0) {
          this.options.logger.info('outbox dispatched', { ...result });
        }
      } catch (error) {
        this.options.logger.error('outbox pass failed', {
          reason: error instanceof Error ? error.message : 'unknown',
        });
      }
      if (stopped()) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollIntervalMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }
}
