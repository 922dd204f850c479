import { FREQUENCIES, ROLES, SCHEDULE_ACTIVITIES } from '../../domain/records';
import type { ListMapping } from './mapping';
import { dateValue, textValue } from './field-values';

export const scheduleMapping: ListMapping<'schedule'> = {
  kind: 'schedule',
  key: (s) => s.id,
  columns: { id: 'RecordId', activity: 'Activity', ownerRole: 'OwnerRole', nextDue: 'NextDue' },
  toFields: (s) => ({
    RecordId: s.id,
    Title: s.activity,
    Activity: s.activity,
    OwnerRole: s.ownerRole,
    Frequency: s.frequency,
    LastDone: dateValue(s.lastDone),
    NextDue: dateValue(s.nextDue),
    Outcomes: textValue(s.outcomes),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    activity: read.choice('Activity', 'activity', SCHEDULE_ACTIVITIES, 'CaseFileAudit'),
    ownerRole: read.choice('OwnerRole', 'ownerRole', ROLES, 'QALead'),
    frequency: read.choice('Frequency', 'frequency', FREQUENCIES, 'AsRequired'),
    lastDone: read.date('LastDone', 'lastDone'),
    nextDue: read.date('NextDue', 'nextDue'),
    outcomes: read.text('Outcomes', 'outcomes'),
  }),
};
