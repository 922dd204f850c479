import { z } from 'zod';
import type { ListMapping } from './mapping';
import { dateTimeValue, jsonValue } from './field-values';

const OUTCOMES = ['ok', 'denied', 'failed'] as const;
const fieldNames = z.array(z.string());

export const auditLogMapping: ListMapping<'auditLog'> = {
  kind: 'auditLog',
  key: (entry) => entry.id,
  columns: {
    id: 'RecordId',
    at: 'At',
    actorOid: 'ActorOid',
    action: 'EventName',
    record: 'RecordRef',
    outcome: 'Outcome',
  },
  toFields: (e) => ({
    RecordId: e.id,
    Title: `${e.action} ${e.record}`,
    At: dateTimeValue(e.at),
    ActorOid: e.actorOid,
    EventName: e.action,
    RecordRef: e.record,
    ChangedFields: jsonValue(e.changedFields),
    Outcome: e.outcome,
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    at: read.dateTime('At', 'at') ?? '',
    actorOid: read.text('ActorOid', 'actorOid'),
    action: read.text('EventName', 'action'),
    record: read.text('RecordRef', 'record'),
    changedFields: read.json('ChangedFields', 'changedFields', fieldNames, []),
    outcome: read.choice('Outcome', 'outcome', OUTCOMES, 'failed'),
  }),
};
