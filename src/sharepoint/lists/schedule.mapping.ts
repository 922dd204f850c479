import { z } from 'zod';
import { FREQUENCIES, OCCURRENCE_OUTCOMES, ROLES, SCHEDULE_ACTIVITIES } from '../../domain/records';
import type { ListMapping } from './mapping';
import { dateValue, jsonValue, textValue } from './field-values';

const history = z.array(
  z.object({
    due: z.string(),
    outcome: z.enum(OCCURRENCE_OUTCOMES),
    on: z.string(),
    note: z.string(),
    byId: z.string(),
  }),
);

export const scheduleMapping: ListMapping<'schedule'> = {
  kind: 'schedule',
  key: (s) => s.id,
  columns: {
    id: 'RecordId',
    activity: 'Activity',
    ownerRole: 'OwnerRole',
    ownerId: 'OwnerId',
    nextDue: 'NextDue',
  },
  toFields: (s) => ({
    RecordId: s.id,
    Title: s.activity,
    Activity: s.activity,
    OwnerRole: s.ownerRole,
    OwnerId: s.ownerId,
    Frequency: s.frequency,
    LastDone: dateValue(s.lastDone),
    NextDue: dateValue(s.nextDue),
    Outcomes: textValue(s.outcomes),
    History: jsonValue(s.history),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    activity: read.choice('Activity', 'activity', SCHEDULE_ACTIVITIES, 'CaseFileAudit'),
    ownerRole: read.choice('OwnerRole', 'ownerRole', ROLES, 'QALead'),
    frequency: read.choice('Frequency', 'frequency', FREQUENCIES, 'AsRequired'),
    lastDone: read.date('LastDone', 'lastDone'),
    nextDue: read.date('NextDue', 'nextDue'),
    outcomes: read.text('Outcomes', 'outcomes'),
    ownerId: read.textOrNull('OwnerId', 'ownerId'),
    history: read.json('History', 'history', history, []),
  }),
};
