import type { ListMapping } from './mapping';
import { titleValue } from './field-values';

export const teamsMapping: ListMapping<'teams'> = {
  kind: 'teams',
  key: (team) => team.id,
  columns: { id: 'RecordId', serviceAreaId: 'ServiceAreaId' },
  toFields: (team) => ({
    RecordId: team.id,
    Title: titleValue(team.name),
    ServiceAreaId: team.serviceAreaId,
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    name: read.text('Title', 'name'),
    serviceAreaId: read.text('ServiceAreaId', 'serviceAreaId'),
  }),
  lookups: [{ column: 'ServiceArea', target: 'serviceAreas', key: (team) => team.serviceAreaId }],
};
