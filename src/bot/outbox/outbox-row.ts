import { createHash } from 'node:crypto';
import { dedupeKey, isScheduleEvent, type DomainEvent } from '../../domain/events';
import type { OutboxRow } from '../../domain/ports';
import type { NoticeModel } from './notice-model';

/**
 * The row's RecordId is derived from its dedupe key, so both unique columns agree: a repeated
 * create of the same (event, recipient) finds the row already there and changes nothing.
 */
export const outboxRowId = (key: string): string =>
  `OBX-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;

export const recordRefOf = (event: DomainEvent): string => {
  if (isScheduleEvent(event)) return `schedule:${event.activityId}`;
  return 'actionId' in event ? `action:${event.actionId}` : `audit:${event.auditId}`;
};

export function outboxRow(
  event: DomainEvent,
  recipientId: string,
  model: NoticeModel,
  now: Date,
): OutboxRow {
  const key = dedupeKey(event, recipientId);
  return {
    id: outboxRowId(key),
    dedupeKey: key,
    eventKind: event.kind,
    recipientId,
    recordRef: recordRefOf(event),
    card: model.kind,
    payload: JSON.stringify(model),
    status: 'Pending',
    attempts: 0,
    activityId: null,
    lastError: '',
    notBefore: null,
    createdAt: now.toISOString(),
  };
}
