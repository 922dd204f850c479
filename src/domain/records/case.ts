/** Cohorts of children open to the service; used to stratify the allocation draw. */
export const COHORTS = [
  'EarlyHelp',
  'ChildInNeed',
  'ChildProtection',
  'ChildLookedAfter',
  'CareLeaver',
] as const;
export type Cohort = (typeof COHORTS)[number];

export const COHORT_LABELS: Record<Cohort, string> = {
  EarlyHelp: 'Early help',
  ChildInNeed: 'Child in need',
  ChildProtection: 'Child protection',
  ChildLookedAfter: 'Child looked after',
  CareLeaver: 'Care leaver',
};

/**
 * A case on the open-case register. Referenced by its case number only: no child's name or
 * other identifying detail is ever held by Audit Loop.
 */
export interface Case {
  readonly caseNumber: string;
  readonly teamId: string;
  readonly serviceAreaId: string;
  readonly allocatedWorkerId: string;
  readonly cohort: Cohort;
  readonly open: boolean;
}
