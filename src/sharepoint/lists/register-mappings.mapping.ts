import { DEFAULT_MAPPING, columnMappingSchema } from '../../domain/register/column-mapping';
import type { ListMapping } from './mapping';
import { dateTimeValue, jsonValue } from './field-values';

export const registerMappingsMapping: ListMapping<'registerMappings'> = {
  kind: 'registerMappings',
  key: (m) => m.id,
  columns: { id: 'RecordId' },
  toFields: (m) => ({
    RecordId: m.id,
    Title: `Register column mapping (${m.id})`,
    Mapping: jsonValue(m.mapping),
    UpdatedBy: m.updatedBy,
    UpdatedAt: dateTimeValue(m.updatedAt),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    // A mapping edited by hand into something unreadable falls back to the default, flagged.
    mapping: read.json('Mapping', 'mapping', columnMappingSchema, DEFAULT_MAPPING),
    updatedBy: read.textOrNull('UpdatedBy', 'updatedBy'),
    updatedAt: read.dateTime('UpdatedAt', 'updatedAt'),
  }),
};
