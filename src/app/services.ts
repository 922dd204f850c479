import type { DomainEvent } from '../domain/events/domain-event';
import type { Store } from '../domain/ports';
import type { AuditLog } from './audit-log/audit-log';
import type { Config } from './config/config';
import type { Directory } from './directory/directory';
import type { Logger } from './logger';

/**
 * Where the domain events of a successful transition go: the notification outbox (one row per
 * event and recipient, sent by the bot) — implemented in src/bot.
 */
export interface Notifications {
  publish(events: readonly DomainEvent[]): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Everything a route, a card handler or the scheduler needs, built once at start-up. */
export interface Services {
  readonly config: Config;
  readonly store: Store;
  readonly directory: Directory;
  readonly auditLog: AuditLog;
  readonly notifications: Notifications;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Base URL of the tab, for deep links in cards (`${tabUrl}#/audits/ID`). */
  readonly tabUrl: string;
}
