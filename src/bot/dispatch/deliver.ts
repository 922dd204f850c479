import {
  StoreError,
  type ConversationReference,
  type OutboxRow,
  type Versioned,
} from '../../domain/ports';
import type { Logger } from '../../app/logger';
import { readNoticeModel } from '../outbox/notice-model';
import { abortable } from './abortable';
import { activityFor } from './activity';
import { backoffDelay, type BackoffPolicy } from '../../platform/backoff';
import type { DispatchClock } from './clock';
import { ConnectorError, type Connector, type OutgoingActivity } from './connector';
import type { RateLimiter } from './rate-limiter';
import type { ReferenceResolver } from './references';
import type { RowStatus } from './row-status';

export type Delivery = 'sent' | 'failed' | 'deferred' | 'skipped' | 'stopped';

export interface DeliveryDeps {
  readonly status: RowStatus;
  readonly connector: Connector;
  readonly references: ReferenceResolver;
  readonly limiter: RateLimiter;
  readonly clock: DispatchClock;
  readonly logger: Logger;
  readonly backoff: BackoffPolicy;
  readonly maxAttempts: number;
  readonly leaseMs: number;
  readonly noReferenceRetryMs: number;
}

const asConnectorError = (error: unknown): ConnectorError =>
  error instanceof ConnectorError
    ? error
    : new ConnectorError(0, error instanceof Error ? error.message : 'send failed');

/**
 * One row to one person: wait for the SharePoint budget, claim it (eTag), wait for the rate limits, send, mark it Sent with the
 * activity id. Throttling and server errors are retried here with backoff while the lease
 * lasts, then handed back as Pending with a `notBefore`; a bad request is never retried.
 *
 * At-least-once window: if the process dies after Teams accepted the activity and before the
 * row is marked Sent (one Graph PATCH), the lease expires and the card is sent again.
 */
export async function deliver(
  row: Versioned<OutboxRow>,
  deps: DeliveryDeps,
  signal: AbortSignal,
): Promise<Delivery> {
  const { status, clock } = deps;
  if (!(await abortable(deps.limiter.acquireWrites(signal), signal))) return 'stopped';
  const model = readNoticeModel(row.record.payload);
  if (model === null) {
    await status.failed(row, 'unreadable card payload', row.record.attempts);
    return 'failed';
  }
  const reference = await deps.references.resolve(row.record.recipientId);
  if (reference === null) {
    const attempts = row.record.attempts + 1;
    if (attempts >= deps.maxAttempts) {
      await status.failed(row, 'no conversation: the app is not installed for them', attempts);
      return 'failed';
    }
    const notBefore = new Date(clock.now() + deps.noReferenceRetryMs);
    await status.later(row, 'no conversation reference yet', attempts, notBefore);
    return 'deferred';
  }
  const claimedAt = clock.now();
  let claimed: Versioned<OutboxRow>;
  try {
    claimed = await status.claim(row, new Date(claimedAt + deps.leaseMs));
  } catch (error) {
    if (error instanceof StoreError && error.reason === 'conflict') return 'skipped';
    throw error;
  }
  const activity = activityFor(model);
  let attempts = claimed.record.attempts;
  for (;;) {
    const ready = await abortable(deps.limiter.acquire(reference.conversationId, signal), signal);
    if (!ready) {
      await status.later(claimed, '', attempts - 1, new Date(clock.now()));
      return 'stopped';
    }
    const outcome = await send(deps.connector, reference, activity);
    if (typeof outcome === 'string') {
      await markSent(deps, claimed, outcome, attempts);
      return 'sent';
    }
    const error = outcome;
    if (!error.retryable || attempts >= deps.maxAttempts) {
      await status.failed(claimed, `status ${error.status}: ${error.message}`, attempts);
      return 'failed';
    }
    const delay = backoffDelay(deps.backoff, attempts, error.retryAfterMs);
    if (error.status === 429) deps.limiter.pause(reference.conversationId, clock.now() + delay);
    if (clock.now() - claimedAt + delay > deps.leaseMs / 2) {
      await status.later(
        claimed,
        `status ${error.status}`,
        attempts,
        new Date(clock.now() + delay),
      );
      return 'deferred';
    }
    if ((await abortable(clock.sleep(delay), signal)) === false) {
      await status.later(claimed, `status ${error.status}`, attempts, new Date(clock.now()));
      return 'stopped';
    }
    attempts += 1;
  }
}

async function send(
  connector: Connector,
  reference: ConversationReference,
  activity: OutgoingActivity,
): Promise<string | ConnectorError> {
  try {
    return (await connector.send(reference, activity)).id;
  } catch (error) {
    return asConnectorError(error);
  }
}

async function markSent(
  deps: DeliveryDeps,
  claimed: Versioned<OutboxRow>,
  activityId: string,
  attempts: number,
): Promise<void> {
  try {
    await deps.status.sent(claimed, activityId, attempts);
  } catch (error) {
    deps.logger.error('card sent but its outbox row could not be marked Sent; it may be resent', {
      row: claimed.record.id,
      reason: error instanceof Error ? error.message : 'unknown',
    });
    throw error;
  }
}
