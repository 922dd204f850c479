import { REMINDER_STAGES } from '../../domain/ports';
import type { ListMapping } from './mapping';
import { dateTimeValue, dateValue } from './field-values';

export const remindersMapping: ListMapping<'reminders'> = {
  kind: 'reminders',
  key: (r) => r.id,
  columns: { id: 'RecordId' },
  toFields: (r) => ({
    RecordId: r.id,
    Title: `Reminders of ${r.id}`,
    DueDate: dateValue(r.dueDate),
    Stage: r.stage,
    UpdatedAt: dateTimeValue(r.updatedAt),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    dueDate: read.date('DueDate', 'dueDate') ?? '',
    stage: read.choice('Stage', 'stage', REMINDER_STAGES, 'None'),
    updatedAt: read.dateTime('UpdatedAt', 'updatedAt') ?? '',
  }),
};
