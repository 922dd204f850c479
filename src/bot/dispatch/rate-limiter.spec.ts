import { describe, expect, it } from 'vitest';
import type { DispatchClock } from './clock';
import { RateLimiter, TEAMS_LIMITS } from './rate-limiter';
import { RESOURCE_UNITS_PER_CARD } from './sharepoint-budget';

const fakeClock = (): DispatchClock & { slept: number } => {
  let now = 0;
  const clock = {
    slept: 0,
    now: () => now,
    sleep: (ms: number) => {
      now += ms;
      clock.slept += ms;
      return Promise.resolve();
    },
  };
  return clock;
};

const exact = { ...TEAMS_LIMITS, marginMs: 0, headroom: 1 };

describe('RateLimiter', () => {
  it('sends at most 7 a second to one conversation', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock, exact);
    for (let i = 0; i < 7; i++) await limiter.acquire('a');
    expect(clock.now()).toBe(0);
    await limiter.acquire('a');
    expect(clock.now()).toBe(1000);
  });

  it('sends at most 60 in 30 seconds to one conversation', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock, exact);
    for (let i = 0; i < 61; i++) await limiter.acquire('a');
    expect(clock.now()).toBe(30_000);
  });

  it('sends at most 50 a second for the whole app, across conversations', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock, exact);
    for (let i = 0; i < 50; i++) await limiter.acquire(`c${String(i)}`);
    expect(clock.now()).toBe(0);
    await limiter.acquire('another');
    expect(clock.now()).toBe(1000);
  });

  it("pauses a conversation for the service's Retry-After, not the others", async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock, exact);
    limiter.pause('a', 2000);
    await limiter.acquire('b');
    expect(clock.now()).toBe(0);
    await limiter.acquire('a');
    expect(clock.now()).toBe(2000);
  });

  it('keeps headroom under the documented counts by default', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock);
    for (let i = 0; i < 6; i++) await limiter.acquire('a');
    await limiter.acquire('a');
    expect(clock.now()).toBe(1000 + TEAMS_LIMITS.marginMs);
  });

  it("keeps every minute's outbox writes within the app's share of the SharePoint budget", async () => {
    const clock = fakeClock();
    const budget = { resourceUnitsPerMinute: 1_250, share: 0.5 };
    const limiter = new RateLimiter(clock, exact, budget);
    const times: number[] = [];
    for (let i = 0; i < 400; i++) {
      await limiter.acquireWrites();
      times.push(clock.now());
    }
    const perMinute = (budget.resourceUnitsPerMinute * budget.share) / RESOURCE_UNITS_PER_CARD;
    for (const start of times) {
      const inMinute = times.filter((t) => t >= start && t < start + 60_000).length;
      expect(inMinute).toBeLessThanOrEqual(perMinute);
    }
    // And it is not slower than it must be: 400 rows in under three minutes at 156 a minute.
    expect(clock.now()).toBeLessThan(160_000);
  });
});
