import type { ScheduleDto } from '../../contract/registers';
import type { Frequency } from '../../domain/records/schedule';
import { ROLE_LABELS } from '../../domain/records/staff';

export { SCHEDULE_ACTIVITY_LABELS as ACTIVITY_LABELS } from '../../domain/records/schedule';

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  SixWeekly: 'Six-weekly',
  ThreeMonthly: 'Three-monthly',
  SixMonthly: 'Six-monthly',
  Annual: 'Annual',
  AsDirected: 'As directed',
  AsRequired: 'As required',
};

/** Who does it: the named owner with their role, or whoever holds the role. */
export const ownerLabel = ({ record, names }: ScheduleDto): string =>
  record.ownerId === null
    ? ROLE_LABELS[record.ownerRole]
    : `${names[record.ownerId] ?? record.ownerId} (${ROLE_LABELS[record.ownerRole]})`;
