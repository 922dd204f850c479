import type { Grade } from '../../domain/records/grade';
import type { ObservationSetting } from '../../domain/records/observation';
import type { Role } from '../../domain/records/staff';

export const SETTING_LABELS: Record<ObservationSetting, string> = {
  PracticeWeek: 'Practice week',
  CaseFileAudit: 'Case file audit',
  Supervision: 'Supervision',
  Other: 'Other',
};

/** Who records observations: senior leaders read only (src/server/api/registers/reach.ts). */
export const OBSERVATION_RECORDERS: readonly Role[] = [
  'TeamManager',
  'HeadOfService',
  'PrincipalSocialWorker',
  'QALead',
];

/** Who may be observed: staff who hold cases in a team. */
export const OBSERVED_ROLES: readonly Role[] = ['Practitioner', 'TeamManager'];

/** The form as typed; '' is "not chosen yet". */
export interface ObservationDraft {
  readonly setting: ObservationSetting | '';
  readonly observedOn: string;
  readonly practitionerId: string;
  readonly caseNumber: string;
  readonly grade: Grade | '';
  readonly strengths: string;
  readonly development: string;
  readonly learning: string;
}
