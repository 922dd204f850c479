import { AREAS } from '../../domain/records';
import type { ListMapping } from './mapping';
import { dateTimeValue, dateValue, textValue, titleValue } from './field-values';

/** A team's discussion of a cycle's seven-minute briefing: one item per cycle and team. */
export const briefingDiscussionsMapping: ListMapping<'briefingDiscussions'> = {
  kind: 'briefingDiscussions',
  key: (d) => d.id,
  columns: {
    id: 'RecordId',
    cycleId: 'CycleId',
    teamId: 'TeamId',
    serviceAreaId: 'ServiceAreaId',
  },
  toFields: (d) => ({
    RecordId: d.id,
    Title: titleValue(`Briefing discussed, ${d.discussedOn}`),
    CycleId: d.cycleId,
    TeamId: d.teamId,
    ServiceAreaId: d.serviceAreaId,
    DiscussedOn: dateValue(d.discussedOn),
    PracticeArea: d.area,
    Use: textValue(d.use),
    RecordedById: d.recordedById,
    RecordedAt: dateTimeValue(d.recordedAt),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    cycleId: read.text('CycleId', 'cycleId'),
    teamId: read.text('TeamId', 'teamId'),
    serviceAreaId: read.text('ServiceAreaId', 'serviceAreaId'),
    discussedOn: read.date('DiscussedOn', 'discussedOn') ?? '',
    area: read.choice('PracticeArea', 'area', AREAS, 'childsVoice'),
    use: read.text('Use', 'use'),
    recordedById: read.text('RecordedById', 'recordedById'),
    recordedAt: read.dateTime('RecordedAt', 'recordedAt') ?? '',
  }),
};
