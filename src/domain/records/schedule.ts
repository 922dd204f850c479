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

/** Each activity in the words of the framework's schedule. */
export const SCHEDULE_ACTIVITY_LABELS: Readonly<Record<ScheduleActivityKind, string>> = {
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

export const FREQUENCIES = [
  'SixWeekly',
  'ThreeMonthly',
  'SixMonthly',
  'Annual',
  'AsDirected',
  'AsRequired',
] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** How an occurrence of an activity ended: done, with its outcome, or not done, with why. */
export const OCCURRENCE_OUTCOMES = ['Done', 'NotDone'] as const;
export type OccurrenceOutcome = (typeof OCCURRENCE_OUTCOMES)[number];

/** One occurrence of a scheduled activity, as it was recorded. */
export interface ScheduleOccurrence {
  /** The date it was due (ISO), or the date done for an activity done as required. */
  readonly due: string;
  readonly outcome: OccurrenceOutcome;
  /** ISO date it was done, or recorded as not done. */
  readonly on: string;
  /** What came of it, or the reason it was not done. */
  readonly note: string;
  readonly byId: string;
}

export interface ScheduleActivity {
  readonly id: string;
  readonly activity: ScheduleActivityKind;
  readonly ownerRole: Role;
  /** The named person who does it, when one is named (else whoever holds the role). */
  readonly ownerId: string | null;
  readonly frequency: Frequency;
  /** ISO dates. */
  readonly lastDone: string | null;
  readonly nextDue: string | null;
  /** What the activity is for: the outcomes it should produce (section 6). */
  readonly outcomes: string;
  /** Every occurrence recorded, oldest first. */
  readonly history: readonly ScheduleOccurrence[];
}
