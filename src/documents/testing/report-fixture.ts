import {
  OTHER_SERVICE,
  OTHER_TEAM,
  SERVICE,
  TEAM,
  aModeration,
  aSubmittedAudit,
  anAction,
  anAudit,
} from '../../domain/fixtures/builders';
import type { ReportInput } from '../../domain/reports';
import { DEFAULT_GRADE_TARGETS } from '../../domain/reports';
import type { Audit } from '../../domain/records/audit';
import type { Cycle } from '../../domain/records/cycle';
import { DEFAULT_TIMESCALES } from '../../domain/records/cycle';
import type { Grade } from '../../domain/records/grade';
import type { ConfirmedTheme } from '../../domain/themes/confirmed-theme';

/** Synthetic records for the documents' tests: case numbers only, staff and teams by id. */
export const aCycle = (id: string, name: string, startDate: string): Cycle => ({
  id,
  name,
  kind: 'CaseFileAudit',
  state: 'Closed',
  startDate,
  endDate: startDate,
  timescales: DEFAULT_TIMESCALES,
  theme: '',
  seed: null,
  closure: null,
});

export const CYCLES = [aCycle('CYC-2025-1', 'Cycle 1 2025', '2025-03-01')];

const GRADES_GIVEN: readonly Grade[] = [
  'Outstanding',
  'Good',
  'Good',
  'Good',
  'Requires improvement to be good',
  'Requires improvement to be good',
  'Requires improvement to be good',
  'Requires improvement to be good',
  'Inadequate',
  'Inadequate',
];

export const fixtureAudits = (): Audit[] => [
  ...GRADES_GIVEN.map((overallGrade, i) =>
    aSubmittedAudit({
      id: `AUD-${i}`,
      caseNumber: `CF-${100100 + i}`,
      overallGrade,
      serviceAreaId: i < 6 ? SERVICE : OTHER_SERVICE,
      teamId: i < 6 ? TEAM : OTHER_TEAM,
    }),
  ),
  anAudit({ id: 'AUD-open', caseNumber: 'CF-100199', state: 'InProgress', auditDue: '2025-04-01' }),
];

export const fixtureInput = (): ReportInput => ({
  cycles: CYCLES,
  period: CYCLES.map((c) => c.id),
  audits: fixtureAudits(),
  moderations: [
    aModeration({
      id: 'M0',
      auditId: 'AUD-0',
      state: 'Agreed',
      auditorGrade: 'Outstanding',
      moderatedGrade: 'Outstanding',
      moderatedAt: '2025-03-25T09:00:00Z',
    }),
    aModeration({
      id: 'M1',
      auditId: 'AUD-1',
      state: 'Resolved',
      auditorGrade: 'Good',
      moderatedGrade: 'Requires improvement to be good',
      moderatedAt: '2025-03-25T09:00:00Z',
    }),
  ],
  actions: [
    anAction({
      id: 'AUD-0-A1',
      auditId: 'AUD-0',
      caseNumber: 'CF-100100',
      state: 'Closed',
      completedAt: '2025-04-01T09:00:00Z',
      verifiedAt: '2025-04-02T09:00:00Z',
      closedAt: '2025-04-03T09:00:00Z',
    }),
    anAction({ id: 'AUD-1-A1', auditId: 'AUD-1', caseNumber: 'CF-100101' }),
    anAction({
      id: 'AUD-7-A1',
      auditId: 'AUD-7',
      caseNumber: 'CF-100107',
      serviceAreaId: OTHER_SERVICE,
      teamId: OTHER_TEAM,
      dueDate: '2025-06-01',
    }),
  ],
  reaudits: [],
  feedback: [],
  targets: DEFAULT_GRADE_TARGETS,
  today: '2025-05-01',
});

export const fixtureThemes: readonly ConfirmedTheme[] = [
  {
    cycleId: 'CYC-2025-1',
    themeId: 'voice',
    label: "The child's lived experience",
    kind: 'Strength',
    audits: 6,
    byService: { [SERVICE]: 4, [OTHER_SERVICE]: 2 },
    exampleCaseNumbers: ['CF-100100', 'CF-100102'],
  },
  {
    cycleId: 'CYC-2025-1',
    themeId: 'drift',
    label: 'Drift and delay',
    kind: 'Development',
    audits: 3,
    byService: { [OTHER_SERVICE]: 3 },
    exampleCaseNumbers: ['CF-100108'],
  },
];

export const LABELS = {
  service: { [SERVICE]: 'North service', [OTHER_SERVICE]: 'South service' },
  team: { [TEAM]: 'North team 1', [OTHER_TEAM]: 'North team 2' },
  staff: {
    'staff-tm-auditor': 'Auditor A',
    'staff-hos-moderator': 'Moderator M',
    'staff-sw-worker': 'Worker W',
  },
};
