import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from '../../platform/backoff';
import { isTransient, retryAfterMs, type GraphResponse } from './errors';

export interface RetryPolicy extends BackoffPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly sleep: (ms: number) => Promise<void>;
}

export const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

export const DEFAULT_RETRY: RetryPolicy = { ...DEFAULT_BACKOFF, maxAttempts: 8, sleep: realSleep };

/** How long to wait before attempt `attempt + 1`, from the response's headers. */
export const retryDelay = (
  policy: RetryPolicy,
  attempt: number,
  headers: Readonly<Record<string, string>>,
  now = Date.now(),
): number => backoffDelay(policy, attempt, retryAfterMs(headers, now));

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
