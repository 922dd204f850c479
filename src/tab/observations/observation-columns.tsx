import type { ObservationDto } from '../../contract/registers';
import { GradeBadge } from '../common/badges';
import { dateColumn, nameColumn, textColumn } from '../common/data-table/columns';
import type { Column } from '../common/data-table/data-table.types';
import { SETTING_LABELS } from './observations.types';

export const OBSERVATION_COLUMNS: readonly Column<ObservationDto>[] = [
  dateColumn('observed', 'Observed', (o) => o.record.observedOn),
  textColumn('setting', 'Setting', (o) => SETTING_LABELS[o.record.setting]),
  nameColumn('practitioner', 'Practitioner', (o) => o.record.practitionerId),
  nameColumn('team', 'Team', (o) => o.record.teamId),
  textColumn('case', 'Case', (o) => o.record.caseNumber ?? '—'),
  {
    id: 'grade',
    header: 'Grade',
    sortValue: (o) => o.record.grade,
    cell: (o) => <GradeBadge grade={o.record.grade} />,
  },
  nameColumn('observer', 'Observed by', (o) => o.record.observerId),
];
