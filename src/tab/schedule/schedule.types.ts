import type { ScheduleDto } from '../../contract/registers';
import type { Frequency, ScheduleActivityKind } from '../../domain/records/schedule';
import { ROLE_LABELS } from '../../domain/records/staff';

export const ACTIVITY_LABELS: Record<ScheduleActivityKind, string> = {
  PerformanceData: 'Performance data',
  CaseFileAudit: 'Case file audit',
  FileAuditModeration: 'File audit moderation',
  FindingsReport: 'Findings report',
  ClosingTheLoop: 'Closing the loop',
  ThematicAudit: 'Thematic audit',
  DipSampling: 'Dip sampling',
  PracticeWeekObservations: 'Practice week observations',
  ChildFamilyFeedback: 'Child and family feedback',
  PractitionerExperience: 'Practitioner experience',
  AnnualReport: 'Annual QA report',
};

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
