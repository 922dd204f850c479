import type { ListMapping } from './mapping';
import { titleValue } from './field-values';

export const serviceAreasMapping: ListMapping<'serviceAreas'> = {
  kind: 'serviceAreas',
  key: (area) => area.id,
  columns: { id: 'RecordId' },
  toFields: (area) => ({ RecordId: area.id, Title: titleValue(area.name) }),
  fromFields: (read) => ({ id: read.text('RecordId', 'id'), name: read.text('Title', 'name') }),
};
