import type { Role } from './staff';

/** Activities in the quality assurance schedule (section 6). */
export const SCHEDULE_ACTIVITIES = [
  'PerformanceData',
  'CaseFileAudit',
  'FileAuditModeration',
  'FindingsReport',
  'ClosingTheLoop',
  'ThematicAudit',
  'DipSampling',
  'PracticeWeekObservations',
  'ChildFamilyFeedback',
  'PractitionerExperience',
  'AnnualReport',
] as const;
export type ScheduleActivityKind = (typeof SCHEDULE_ACTIVITIES)[number];

export const FREQUENCIES = [
  'SixWeekly',
  'ThreeMonthly',
  'SixMonthly',
  'Annual',
  'AsDirected',
  'AsRequired',
] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface ScheduleActivity {
  readonly id: string;
  readonly activity: ScheduleActivityKind;
  readonly ownerRole: Role;
  readonly frequency: Frequency;
  /** ISO dates. */
  readonly lastDone: string | null;
  readonly nextDue: string | null;
  readonly outcomes: string;
}
