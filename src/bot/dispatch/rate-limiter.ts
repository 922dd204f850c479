import type { DispatchClock } from './clock';
import { cardLimit, SMALLEST_TENANT_BUDGET, type SharePointBudget } from './sharepoint-budget';
import { TokenBucket } from './token-bucket';

export interface Limit {
  readonly count: number;
  readonly windowMs: number;
}

/** Teams' documented bot limits (learn.microsoft.com, "Rate limiting for bots"). */
export interface RateLimits {
  /** Per bot per conversation: 7 per second and 60 per 30 seconds. */
  readonly perConversation: readonly Limit[];
  /** Per app per tenant: 50 requests per second. */
  readonly perApp: readonly Limit[];
  /** Added to every window so a send that arrives late still lands inside the limit. */
  readonly marginMs: number;
  /**
   * Share of each documented count actually used (0..1]. Sends leave in bursts when the event
   * loop is busy, so they can arrive closer together than they were paced: headroom absorbs it.
   */
  readonly headroom: number;
}

export const TEAMS_LIMITS: RateLimits = {
  perConversation: [
    { count: 7, windowMs: 1_000 },
    { count: 60, windowMs: 30_000 },
  ],
  perApp: [{ count: 50, windowMs: 1_000 }],
  marginMs: 100,
  headroom: 0.9,
};

/**
 * Token buckets per conversation and for the whole app; a send takes from all at once. A row's
 * Graph writes take from the SharePoint budget's bucket first (`acquireWrites`).
 */
export class RateLimiter {
  private readonly conversations = new Map<string, TokenBucket[]>();
  private readonly app: TokenBucket[];
  private readonly writes: TokenBucket;

  constructor(
    private readonly clock: DispatchClock,
    private readonly limits: RateLimits = TEAMS_LIMITS,
    budget: SharePointBudget = SMALLEST_TENANT_BUDGET,
  ) {
    this.app = this.bucketsFor(limits.perApp);
    const cards = cardLimit(budget);
    this.writes = new TokenBucket(cards.count, cards.windowMs + limits.marginMs);
  }

  /** Waits until the SharePoint budget allows one more row's writes, then takes them. */
  acquireWrites(signal?: AbortSignal): Promise<boolean> {
    return this.take([this.writes], signal);
  }

  /** Waits until the conversation and the app both have a token, then takes them. */
  acquire(conversationId: string, signal?: AbortSignal): Promise<boolean> {
    return this.take([...this.conversationBuckets(conversationId), ...this.app], signal);
  }

  private async take(buckets: readonly TokenBucket[], signal?: AbortSignal): Promise<boolean> {
    for (;;) {
      if (signal?.aborted === true) return false;
      const now = this.clock.now();
      const wait = Math.max(...buckets.map((b) => b.waitFor(now)));
      if (wait <= 0) {
        for (const bucket of buckets) bucket.take(now);
        return true;
      }
      await this.clock.sleep(wait);
    }
  }

  /** The service said "not before": hold this conversation until then. */
  pause(conversationId: string, untilMs: number): void {
    for (const bucket of this.conversationBuckets(conversationId)) bucket.blockUntil(untilMs);
  }

  private conversationBuckets(conversationId: string): TokenBucket[] {
    let buckets = this.conversations.get(conversationId);
    if (buckets === undefined) {
      if (this.conversations.size > 10_000) this.forgetIdle();
      buckets = this.bucketsFor(this.limits.perConversation);
      this.conversations.set(conversationId, buckets);
    }
    return buckets;
  }

  private bucketsFor(limits: readonly Limit[]): TokenBucket[] {
    return limits.map(
      (l) =>
        new TokenBucket(
          Math.max(1, Math.floor(l.count * this.limits.headroom)),
          l.windowMs + this.limits.marginMs,
        ),
    );
  }

  private forgetIdle(): void {
    const now = this.clock.now();
    for (const [id, buckets] of this.conversations) {
      if (buckets.every((b) => b.waitFor(now) === 0 && b.idle)) this.conversations.delete(id);
    }
  }
}
