export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
  /** 0..1, for jitter; injectable so tests are repeatable. */
  readonly random: () => number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, maxMs: 60_000, random: Math.random };

/**
 * How long to wait before attempt `attempt + 1`: exponential with "equal jitter", and never
 * less than the service's Retry-After.
 */
export function backoffMs(
  attempt: number,
  retryAfterMs: number | null,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = exponential / 2 + (policy.random() * exponential) / 2;
  return Math.max(retryAfterMs ?? 0, Math.round(jittered));
}
