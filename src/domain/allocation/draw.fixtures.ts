import type { Case, Cohort } from '../records/case';
import type { Cycle } from '../records/cycle';
import { DEFAULT_TIMESCALES } from '../records/cycle';
import type { Role, StaffMember, Team } from '../records/staff';
import type { DrawInput } from './draw-input';

/** Synthetic test data for the draw: staff by id only, case numbers only, no child named. */
export const aStaffMember = (
  id: string,
  role: Role,
  teamId: string | null,
  overrides: Partial<StaffMember> = {},
): StaffMember => ({
  id,
  aadObjectId: `oid-${id}`,
  displayName: id,
  role,
  teamId,
  serviceAreaId: 'sa-1',
  active: true,
  ...overrides,
});

export const TEAMS: readonly Team[] = ['t1', 't2', 't3', 't4'].map((id, i) => ({
  id,
  name: `Team ${id}`,
  serviceAreaId: i < 2 ? 'sa-1' : 'sa-2',
}));

export const STAFF: readonly StaffMember[] = [
  ...TEAMS.map((t, i) => aStaffMember(`tm${i + 1}`, 'TeamManager', t.id)),
  aStaffMember('tm-left', 'TeamManager', 't1', { active: false }),
  aStaffMember('hos1', 'HeadOfService', null),
  aStaffMember('hos2', 'HeadOfService', null),
  aStaffMember('psw', 'PrincipalSocialWorker', null),
  aStaffMember('qa', 'QALead', null),
  aStaffMember('sw1', 'Practitioner', 't1'),
];

const COHORT_CYCLE: readonly Cohort[] = ['ChildInNeed', 'ChildProtection', 'ChildLookedAfter'];

export const aCase = (n: number, overrides: Partial<Case> = {}): Case => ({
  caseNumber: `CF-${String(100000 + n)}`,
  teamId: TEAMS[n % TEAMS.length]?.id ?? 't1',
  serviceAreaId: n % TEAMS.length < 2 ? 'sa-1' : 'sa-2',
  allocatedWorkerId: `sw-${String(n % 7)}`,
  cohort: COHORT_CYCLE[n % COHORT_CYCLE.length] ?? 'ChildInNeed',
  open: true,
  ...overrides,
});

export const REGISTER: readonly Case[] = Array.from({ length: 40 }, (_, n) => aCase(n));

export const CYCLE: Cycle = {
  id: 'CYC-2025-3',
  name: 'Cycle 3',
  kind: 'CaseFileAudit',
  state: 'Planned',
  startDate: '2025-03-03',
  endDate: '2025-04-13',
  timescales: DEFAULT_TIMESCALES,
  theme: '',
  seed: null,
  closure: null,
};

export const aDrawInput = (overrides: Partial<DrawInput> = {}): DrawInput => ({
  register: REGISTER,
  staff: STAFF,
  teams: TEAMS,
  cycle: CYCLE,
  seed: 20250303,
  sampleSize: { kind: 'perAuditor', casesPerAuditor: 2 },
  stratifyByCohort: false,
  excludeRecentCycles: 0,
  history: [],
  moderation: {
    share: 0.5,
    lowAgreementThreshold: 0.7,
    lowAgreementShare: 1,
    auditorAgreement: {},
  },
  ...overrides,
});
