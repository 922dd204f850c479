import type { Grade } from './grade';

/** Settings in which practice is observed: practice week, case file audit, supervision. */
export const OBSERVATION_SETTINGS = [
  'PracticeWeek',
  'CaseFileAudit',
  'Supervision',
  'Other',
] as const;
export type ObservationSetting = (typeof OBSERVATION_SETTINGS)[number];

/** A direct observation of practice (section 5, item 6), recorded on the template. */
export interface Observation {
  readonly id: string;
  readonly setting: ObservationSetting;
  readonly observedOn: string;
  readonly observerId: string;
  readonly practitionerId: string;
  readonly teamId: string;
  readonly serviceAreaId: string;
  readonly caseNumber: string | null;
  readonly grade: Grade;
  readonly strengths: string;
  readonly development: string;
  readonly learning: string;
}
