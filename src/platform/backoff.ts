/**
 * Waiting before trying again, written once for every service the app calls (Microsoft Graph
 * and the Bot Connector): honour the service's `Retry-After` when it sends one, otherwise back
 * off exponentially, and add a little jitter so throttled clients do not return in step.
 * (https://learn.microsoft.com/en-us/graph/throttling — "wait the number of seconds specified in
 * the Retry-After header"; https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit)
 */

export interface BackoffPolicy {
  /** The first wait, doubled with each attempt, when no Retry-After was given. */
  readonly baseMs: number;
  readonly maxMs: number;
  /** Up to this share is added to each delay. */
  readonly jitterRatio: number;
  /** 0..1, injectable so tests are repeatable. */
  readonly random: () => number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  baseMs: 500,
  maxMs: 60_000,
  jitterRatio: 0.2,
  random: Math.random,
};

/** A `Retry-After` header (delay-seconds or an HTTP date) as milliseconds from `nowMs`. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/** How long to wait before attempt `attempt + 1`: never less than the service asked. */
export function backoffDelay(
  policy: BackoffPolicy,
  attempt: number,
  retryAfterMs: number | null,
): number {
  const base =
    retryAfterMs ?? Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (1 + policy.random() * policy.jitterRatio));
}
