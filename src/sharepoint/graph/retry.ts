import { isTransient, retryAfterMs, type GraphResponse } from './errors';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Backoff when the response names no Retry-After: base × 2^(attempt−1), capped. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Up to this share is added to each delay, so throttled clients do not return in step. */
  readonly jitterRatio: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

export const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 500,
  maxDelayMs: 60_000,
  jitterRatio: 0.2,
  sleep: realSleep,
  random: Math.random,
};

/**
 * How long to wait before attempt `attempt + 1`: the server's Retry-After when it sent one
 * (never less), else exponential backoff; plus jitter of at most `jitterRatio` of the delay.
 */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  headers: Readonly<Record<string, string>>,
  now = Date.now(),
): number {
  const asked = retryAfterMs(headers, now);
  const base = asked ?? Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(base * (1 + policy.random() * policy.jitterRatio));
}

/**
 * Sends until the response is not transient (429/503/504 or a network failure) or the attempts
 * run out; the last response is returned either way, for the caller's one error check.
 */
export async function withRetry(
  policy: RetryPolicy,
  send: () => Promise<GraphResponse>,
): Promise<GraphResponse> {
  for (let attempt = 1; ; attempt++) {
    const response = await send();
    if (!isTransient(response.status) || attempt >= policy.maxAttempts) return response;
    await policy.sleep(retryDelay(policy, attempt, response.headers));
  }
}
