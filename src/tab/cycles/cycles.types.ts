import type { ExclusionReason } from '../../domain/allocation/allocation-draw';
import type { CycleKind } from '../../domain/records/cycle';

export const KIND_LABELS: Record<CycleKind, string> = {
  CaseFileAudit: 'Case file audit',
  Thematic: 'Thematic audit',
  DipSample: 'Dip sample',
  MultiAgency: 'Multi-agency audit',
};

export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  closed: 'Case closed',
  duplicate: 'Duplicate on the register',
  'unknown-team': 'Team not known',
  'recently-audited': 'Audited recently',
  'no-eligible-auditor': 'No eligible auditor',
  'auditor-load-limit': 'Auditors at their load',
  'not-sampled': 'Not drawn this cycle',
};

/** The allocation rules as the form holds them (strings, for inputs). */
export interface RulesForm {
  readonly casesPerAuditor: string;
  readonly stratifyByCohort: boolean;
  readonly excludeRecentCycles: string;
  readonly moderationShare: string;
  /** Agreement (%) below which every audit of an auditor is moderated. */
  readonly lowAgreement: string;
}
