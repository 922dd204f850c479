import type { ObservationDto } from '../../contract/registers';
import { GradeBadge } from '../common/badges';
import type { Column } from '../common/data-table/data-table.types';
import { formatDate, nameOf } from '../common/format';
import { SETTING_LABELS } from './observations.types';

export const OBSERVATION_COLUMNS: readonly Column<ObservationDto>[] = [
  {
    id: 'observed',
    header: 'Observed',
    sortValue: (o) => o.record.observedOn,
    text: (o) => formatDate(o.record.observedOn),
    cell: (o) => formatDate(o.record.observedOn),
  },
  {
    id: 'setting',
    header: 'Setting',
    sortValue: (o) => SETTING_LABELS[o.record.setting],
    cell: (o) => SETTING_LABELS[o.record.setting],
  },
  {
    id: 'practitioner',
    header: 'Practitioner',
    sortValue: (o) => nameOf(o.names, o.record.practitionerId),
    cell: (o) => nameOf(o.names, o.record.practitionerId),
  },
  {
    id: 'team',
    header: 'Team',
    sortValue: (o) => nameOf(o.names, o.record.teamId),
    cell: (o) => nameOf(o.names, o.record.teamId),
  },
  {
    id: 'case',
    header: 'Case',
    sortValue: (o) => o.record.caseNumber ?? '',
    cell: (o) => o.record.caseNumber ?? '—',
  },
  {
    id: 'grade',
    header: 'Grade',
    sortValue: (o) => o.record.grade,
    cell: (o) => <GradeBadge grade={o.record.grade} />,
  },
  {
    id: 'observer',
    header: 'Observed by',
    sortValue: (o) => nameOf(o.names, o.record.observerId),
    cell: (o) => nameOf(o.names, o.record.observerId),
  },
];
