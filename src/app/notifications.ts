import type { DomainEvent } from '../domain/events/domain-event';
import type { Versioned } from '../domain/ports/versioned';
import type { Action, Audit, Moderation } from '../domain/records';
import type { ScheduleActivity } from '../domain/records/schedule';

/** The records a command already holds, handed on so that publishing reads none of them again. */
export interface KnownRecords {
  readonly audits?: readonly Versioned<Audit>[];
  readonly actions?: readonly Versioned<Action>[];
  readonly moderations?: readonly Versioned<Moderation>[];
  readonly activities?: readonly Versioned<ScheduleActivity>[];
}

/**
 * Where the domain events of a successful command go: the notification outbox (one row per
 * event and recipient, sent by the bot) — implemented in src/bot, wired by the composition root.
 */
export interface Notifications {
  publish(events: readonly DomainEvent[], known?: KnownRecords): Promise<void>;
}
