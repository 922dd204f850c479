import {
  isScheduleEvent,
  recipientsOf,
  scheduleRecipientsOf,
  type CaseEvent,
  type DomainEvent,
  type ScheduleEvent,
} from '../../domain/events';
import { activityOwners } from '../../domain/schedule/schedule-reminders';
import type { OutboxRow, Store } from '../../domain/ports';
import type { Directory } from '../../app/directory/directory';
import type { Logger } from '../../app/logger';
import type { Clock, KnownRecords, Notifications } from '../../app/services';
import type { ModelContext } from '../models/model-context';
import { RecordReader } from '../models/record-reader';
import { scheduleReminderModel } from '../models/schedule-reminder-model';
import { noticeFor, type EventRecords } from './event-notice';
import type { NoticeModel } from './notice-model';
import { outboxRow } from './outbox-row';

export interface OutboxDeps {
  readonly store: Store;
  readonly directory: Directory;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly tabUrl: string;
  /** Called once rows are queued (the dispatcher's `kick`). */
  readonly onQueued?: () => void;
}

/** Creates at most 20 rows a round trip (one Graph $batch). */
const CHUNK = 20;

/**
 * `Notifications.publish`: one outbox row per (event, recipient), written before anything is
 * sent. Row ids derive from the dedupe key, so publishing the same events again — a retried
 * request, a redelivered card action, a restart in the middle — creates nothing new.
 */
export class OutboxPublisher implements Notifications {
  private onQueued: (() => void) | undefined;

  constructor(private readonly deps: OutboxDeps) {
    this.onQueued = deps.onQueued;
  }

  /** Called after each publish that queued rows (the bot wires its dispatcher's `kick`). */
  whenQueued(callback: () => void): void {
    this.onQueued = callback;
  }

  /** `known`: the records the command already holds; only what it did not hand over is read. */
  async publish(events: readonly DomainEvent[], known?: KnownRecords): Promise<void> {
    const reader = new RecordReader(this.deps.store, known);
    const context = { directory: this.deps.directory, reader, tabUrl: this.deps.tabUrl };
    const now = this.deps.clock.now();
    const rows: OutboxRow[] = [];
    for (const event of events) {
      const notices = isScheduleEvent(event)
        ? await this.scheduleNotices(context, event)
        : await this.caseNotices(context, event);
      rows.push(
        ...notices.map(([recipientId, model]) => outboxRow(event, recipientId, model, now)),
      );
    }
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await this.deps.store.saveAll(
        chunk.map((record) => ({ kind: 'outbox', op: 'create', record })),
      );
    }
    if (rows.length > 0) this.onQueued?.();
  }

  /** Who hears of an event about a case, and the card each gets. */
  private async caseNotices(
    context: ModelContext,
    event: CaseEvent,
  ): Promise<(readonly [string, NoticeModel])[]> {
    const records = await this.recordsOf(context.reader, event);
    if (records === null) return [];
    const audit = records.audit.record;
    const recipients = recipientsOf(event, {
      parties: { ...audit, actionOwnerId: records.action?.record.ownerId ?? null },
      headsOfService: (id) => this.deps.directory.headsOfService(id),
      qaLeads: () => this.deps.directory.qaLeads(),
    });
    const notices: (readonly [string, NoticeModel])[] = [];
    for (const recipientId of recipients) {
      notices.push([recipientId, await noticeFor(context, event, recipientId, records)]);
    }
    return notices;
  }

  /** Who hears of a reminder of the QA schedule: the activity's owners, and the QA lead. */
  private async scheduleNotices(
    context: ModelContext,
    event: ScheduleEvent,
  ): Promise<(readonly [string, NoticeModel])[]> {
    const found = await context.reader.activity(event.activityId);
    if (found === null) {
      this.deps.logger.error('event not notified: its record is missing', {
        event: event.kind,
        record: `schedule:${event.activityId}`,
      });
      return [];
    }
    const owners = activityOwners(found.record, this.deps.directory.allStaff());
    return scheduleRecipientsOf(event, {
      owners,
      qaLeads: () => this.deps.directory.qaLeads(),
    }).map(
      (recipientId) =>
        [
          recipientId,
          scheduleReminderModel(context, event, found.record, owners, recipientId),
        ] as const,
    );
  }

  private async recordsOf(reader: RecordReader, event: CaseEvent): Promise<EventRecords | null> {
    const action = 'actionId' in event ? await reader.action(event.actionId) : null;
    const audit = await reader.audit(event.auditId);
    if (audit === null || ('actionId' in event && action === null)) {
      this.deps.logger.error('event not notified: its record is missing', {
        event: event.kind,
        record: 'actionId' in event ? `action:${event.actionId}` : `audit:${event.auditId}`,
      });
      return null;
    }
    return { audit, action };
  }
}
