import { OUTBOX_STATUSES } from '../../domain/ports';
import type { ListMapping } from './mapping';
import { dateTimeValue, textValue, titleValue } from './field-values';

export const outboxMapping: ListMapping<'outbox'> = {
  kind: 'outbox',
  key: (row) => row.id,
  columns: {
    id: 'RecordId',
    dedupeKey: 'DedupeKey',
    eventKind: 'EventKind',
    recipientId: 'RecipientId',
    recordRef: 'RecordRef',
    status: 'Status',
    notBefore: 'NotBefore',
    createdAt: 'CreatedAt',
  },
  toFields: (r) => ({
    RecordId: r.id,
    Title: titleValue(`${r.card} for ${r.recipientId}`),
    DedupeKey: r.dedupeKey,
    EventKind: r.eventKind,
    RecipientId: r.recipientId,
    RecordRef: textValue(r.recordRef),
    Card: textValue(r.card),
    Payload: textValue(r.payload),
    Status: r.status,
    Attempts: r.attempts,
    ActivityId: r.activityId,
    LastError: textValue(r.lastError),
    NotBefore: dateTimeValue(r.notBefore),
    CreatedAt: dateTimeValue(r.createdAt),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    dedupeKey: read.text('DedupeKey', 'dedupeKey'),
    eventKind: read.text('EventKind', 'eventKind'),
    recipientId: read.text('RecipientId', 'recipientId'),
    recordRef: read.text('RecordRef', 'recordRef'),
    card: read.text('Card', 'card'),
    payload: read.text('Payload', 'payload'),
    // A row the app cannot read is not sent again.
    status: read.choice('Status', 'status', OUTBOX_STATUSES, 'Failed'),
    attempts: read.number('Attempts', 'attempts', 0),
    activityId: read.textOrNull('ActivityId', 'activityId'),
    lastError: read.text('LastError', 'lastError'),
    notBefore: read.dateTime('NotBefore', 'notBefore'),
    createdAt: read.dateTime('CreatedAt', 'createdAt') ?? '',
  }),
};
