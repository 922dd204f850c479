const WINDOW_MS = 60_000;

export type Charge =
  | { kind: 'ok'; headers: Record<string, string> }
  | { kind: 'throttled'; retryAfterSeconds: number; headers: Record<string, string> };

/**
 * A per-minute resource-unit budget over a sliding window, as SharePoint applies one to each
 * application in a tenant. Throttled requests count towards the limit too ("Throttled requests
 * count towards usage limits", https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online),
 * so a client that ignores Retry-After stays throttled. From 80% of the budget on, responses carry
 * the page's RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset headers.
 */
export class ResourceBudget {
  private spent: { at: number; units: number }[] = [];

  constructor(
    readonly unitsPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  charge(units: number): Charge {
    const now = this.now();
    this.spent = this.spent.filter((s) => s.at > now - WINDOW_MS);
    this.spent.push({ at: now, units });
    const used = this.spent.reduce((sum, s) => sum + s.units, 0);
    const headers = this.rateLimitHeaders(used, now);
    if (used <= this.unitsPerMinute) return { kind: 'ok', headers };
    let over = used - this.unitsPerMinute;
    let freeAt = now + WINDOW_MS;
    for (const s of this.spent) {
      over -= s.units;
      freeAt = s.at + WINDOW_MS;
      if (over <= 0) break;
    }
    return {
      kind: 'throttled',
      retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now) / 1000)),
      headers,
    };
  }

  private rateLimitHeaders(used: number, now: number): Record<string, string> {
    if (used < this.unitsPerMinute * 0.8) return {};
    const oldest = this.spent[0]?.at ?? now;
    return {
      'RateLimit-Limit': String(this.unitsPerMinute),
      'RateLimit-Remaining': String(Math.max(0, this.unitsPerMinute - used)),
      'RateLimit-Reset': String(Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000))),
    };
  }
}
