/**
 * A small synthetic organisation for the API tests: two services, three teams, every role, a
 * cycle with audits in several states, actions, and the registers. The demo data generator
 * has one service area only, so the "other service" relation needs this fixture. Ids say who
 * each person is to the target audit AUD-A (team-n1 in svc-n); no child is ever named.
 */
import type { Change } from '../../src/domain/ports';
import type {
  Action,
  Audit,
  Case,
  Cycle,
  LearningTheme,
  Review,
  Role,
  ServiceArea,
  StaffMember,
  Team,
} from '../../src/domain/records';
import { DEFAULT_TIMESCALES } from '../../src/domain/records';
import {
  aCompletedDraft,
  anAction,
  anAudit,
  aSubmittedAudit,
} from '../../src/domain/fixtures/builders';

export const NOW = '2025-03-20T10:00:00.000Z';

export const SERVICE_AREAS: ServiceArea[] = [
  { id: 'svc-n', name: 'North children and families' },
  { id: 'svc-s', name: 'South children and families' },
];

export const TEAMS: Team[] = [
  { id: 'team-n1', name: 'North assessment', serviceAreaId: 'svc-n' },
  { id: 'team-n2', name: 'North child protection', serviceAreaId: 'svc-n' },
  { id: 'team-s1', name: 'South looked after', serviceAreaId: 'svc-s' },
];

const person = (
  id: string,
  role: Role,
  teamId: string | null,
  serviceAreaId: string | null,
  displayName: string,
): StaffMember => ({
  id,
  aadObjectId: `0000aaaa-0000-4000-8000-${id
    .replace(/[^a-z0-9]/g, '')
    .padEnd(12, '0')
    .slice(0, 12)}`,
  displayName,
  role,
  teamId,
  serviceAreaId,
  active: true,
});

export const STAFF: StaffMember[] = [
  person('sw-n1a', 'Practitioner', 'team-n1', 'svc-n', 'Alex Worker'),
  person('sw-n1b', 'Practitioner', 'team-n1', 'svc-n', 'Bea Colleague'),
  person('sw-n2', 'Practitioner', 'team-n2', 'svc-n', 'Cal Otherteam'),
  person('sw-s1', 'Practitioner', 'team-s1', 'svc-s', 'Dee South'),
  person('tm-n2a', 'TeamManager', 'team-n2', 'svc-n', 'Eli Auditor'),
  person('tm-n1', 'TeamManager', 'team-n1', 'svc-n', 'Fay Manager'),
  person('tm-n2b', 'TeamManager', 'team-n2', 'svc-n', 'Gus Manager'),
  person('tm-s1', 'TeamManager', 'team-s1', 'svc-s', 'Hal South'),
  person('hos-n', 'HeadOfService', null, 'svc-n', 'Ida Head'),
  person('hos-n2', 'HeadOfService', null, 'svc-n', 'Jo Head'),
  person('hos-s', 'HeadOfService', null, 'svc-s', 'Kit South'),
  person('psw', 'PrincipalSocialWorker', null, null, 'Lee Principal'),
  person('qa', 'QALead', null, null, 'Mo Quality'),
  person('ad', 'AssistantDirector', null, null, 'Nat Assistant'),
  person('dir', 'Director', null, null, 'Oz Director'),
  { ...person('gone', 'TeamManager', 'team-n1', 'svc-n', 'Pat Former'), active: false },
];

export const staffById = (id: string): StaffMember => {
  const found = STAFF.find((s) => s.id === id);
  if (found === undefined) throw new Error(`No fixture staff ${id}`);
  return found;
};

const aCase = (n: number, teamId: string, workerId: string, cohort: Case['cohort']): Case => ({
  caseNumber: `CF-1000${String(n).padStart(2, '0')}`,
  teamId,
  serviceAreaId: teamId.startsWith('team-n') ? 'svc-n' : 'svc-s',
  allocatedWorkerId: workerId,
  cohort,
  open: true,
});

export const CASES: Case[] = [
  aCase(1, 'team-n1', 'sw-n1a', 'ChildInNeed'),
  aCase(2, 'team-n1', 'sw-n1a', 'ChildProtection'),
  aCase(3, 'team-n1', 'sw-n1b', 'ChildLookedAfter'),
  aCase(4, 'team-n2', 'sw-n2', 'ChildInNeed'),
  aCase(5, 'team-n2', 'sw-n2', 'EarlyHelp'),
  aCase(6, 'team-s1', 'sw-s1', 'CareLeaver'),
  aCase(7, 'team-s1', 'sw-s1', 'ChildProtection'),
  aCase(8, 'team-n1', 'sw-n1b', 'ChildInNeed'),
];

const cycle = (id: string, state: Cycle['state'], startDate: string, endDate: string): Cycle => ({
  id,
  name: `Case file audit ${startDate}`,
  kind: 'CaseFileAudit',
  state,
  startDate,
  endDate,
  timescales: DEFAULT_TIMESCALES,
  theme: '',
  seed: state === 'Planned' ? null : 7,
  closure: null,
});

export const CYCLES: Cycle[] = [
  cycle('CYC-1', 'Allocated', '2025-03-03', '2025-04-13'),
  cycle('CYC-2', 'Planned', '2025-04-14', '2025-05-25'),
];

/** Parties of every audit: the target relations (auditor from another team, as the draw does). */
export const PARTIES = {
  cycleId: 'CYC-1',
  teamId: 'team-n1',
  serviceAreaId: 'svc-n',
  auditorId: 'tm-n2a',
  workerId: 'sw-n1a',
  teamManagerId: 'tm-n1',
  moderatorId: 'hos-n',
} as const;

const onCase = (n: number) => ({ caseNumber: `CF-1000${String(n).padStart(2, '0')}` });

export const AUDITS: Audit[] = [
  anAudit({ ...PARTIES, ...onCase(1), id: 'AUD-A', state: 'InProgress' }),
  aSubmittedAudit({ ...PARTIES, ...onCase(2), id: 'AUD-B', submittedAt: '2025-03-18T10:00:00Z' }),
  aCompletedDraft({ ...PARTIES, ...onCase(3), id: 'AUD-C', workerId: 'sw-n1b' }),
  aSubmittedAudit({
    ...PARTIES,
    ...onCase(8),
    id: 'AUD-D',
    workerId: 'sw-n1b',
    overallGrade: 'Requires improvement to be good',
  }),
  anAudit({
    ...PARTIES,
    ...onCase(4),
    id: 'AUD-E',
    teamId: 'team-n2',
    auditorId: 'tm-n1',
    workerId: 'sw-n2',
    teamManagerId: 'tm-n2a',
    moderatorId: null,
  }),
  anAudit({
    ...PARTIES,
    ...onCase(6),
    id: 'AUD-S',
    teamId: 'team-s1',
    serviceAreaId: 'svc-s',
    auditorId: 'tm-n1',
    workerId: 'sw-s1',
    teamManagerId: 'tm-s1',
    moderatorId: 'hos-s',
  }),
];

const actionOf = (id: string, auditId: string, caseNumber: string, over: Partial<Action> = {}) =>
  anAction({
    id,
    auditId,
    cycleId: 'CYC-1',
    caseNumber,
    teamId: 'team-n1',
    serviceAreaId: 'svc-n',
    ownerId: 'sw-n1a',
    dueDate: '2025-04-17',
    ...over,
  });

export const ACTIONS: Action[] = [
  actionOf('ACT-B1', 'AUD-B', 'CF-100002'),
  actionOf('ACT-D1', 'AUD-D', 'CF-100008', { ownerId: 'sw-n1b' }),
  actionOf('ACT-D2', 'AUD-D', 'CF-100008', {
    ownerId: 'sw-n1b',
    state: 'Completed',
    evidence: 'Chronology on file.',
    completedAt: '2025-03-19T09:00:00Z',
  }),
];

const review = (over: Partial<Review> & Pick<Review, 'id' | 'kind' | 'ownerId'>): Review => ({
  theme: 'Visits within timescale',
  serviceAreaId: null,
  state: 'Designing',
  questions: [
    { id: 'Q1', text: 'Seen within timescale?', area: 'childsVoice', answerType: 'YesNo' },
  ],
  filter: { serviceAreaIds: [], teamIds: [], cohorts: [] },
  sampleSize: 2,
  seed: null,
  sample: [],
  poolSize: 0,
  answers: [],
  findings: { findings: '', learning: '', recommendations: '' },
  createdAt: '2025-03-01T10:00:00.000Z',
  drawnAt: null,
  completedAt: null,
  sharedAt: null,
  sharedById: null,
  ...over,
});

/** A thematic audit being designed, a dip sample of svc-n being answered, and one shared. */
export const REVIEWS: Review[] = [
  review({ id: 'REV-T', kind: 'ThematicAudit', ownerId: 'qa', theme: 'Neglect' }),
  review({
    id: 'REV-D',
    kind: 'DipSample',
    ownerId: 'hos-n',
    serviceAreaId: 'svc-n',
    filter: { serviceAreaIds: ['svc-n'], teamIds: [], cohorts: [] },
    state: 'Sampling',
    seed: 11,
    sample: ['CF-100001', 'CF-100004'],
    poolSize: 6,
    drawnAt: '2025-03-02T10:00:00.000Z',
  }),
  review({
    id: 'REV-S',
    kind: 'DipSample',
    ownerId: 'hos-n',
    serviceAreaId: 'svc-n',
    state: 'Shared',
    seed: 12,
    sample: ['CF-100002'],
    poolSize: 6,
    answers: [
      {
        caseNumber: 'CF-100002',
        answers: { Q1: 'Yes' },
        byId: 'hos-n',
        at: '2025-03-03T10:00:00.000Z',
      },
    ],
    findings: { findings: 'Seen on time.', learning: 'Keep it up.', recommendations: 'None.' },
    drawnAt: '2025-03-02T10:00:00.000Z',
    completedAt: '2025-03-04T10:00:00.000Z',
    sharedAt: '2025-03-05T10:00:00.000Z',
    sharedById: 'hos-n',
  }),
];

/**
 * The theme vocabulary: found in the submitted audits AUD-B and AUD-D (svc-n) through their
 * areas' development text (chronology), strengths (direct work) and rationale (impact); one
 * theme found nowhere, and one no longer active.
 */
export const THEMES: LearningTheme[] = [
  {
    id: 'LT-chron',
    label: 'Chronology out of date',
    kind: 'Development',
    phrases: ['chronology', 'out of date'],
    active: true,
  },
  {
    id: 'LT-impact',
    label: 'Impact unclear',
    kind: 'Development',
    phrases: ['impact'],
    active: true,
  },
  {
    id: 'LT-drift',
    label: 'Drift and delay',
    kind: 'Development',
    phrases: ['drift', 'delay'],
    active: true,
  },
  {
    id: 'LT-direct',
    label: 'Direct work with the child',
    kind: 'Strength',
    phrases: ['direct work'],
    active: true,
  },
  {
    id: 'LT-old',
    label: 'Neglect recognised',
    kind: 'Strength',
    phrases: ['case notes'],
    active: false,
  },
];

/** Every fixture record as creates, in list order (lookups' targets first). */
export const fixtureChanges = (): Change[] => [
  ...SERVICE_AREAS.map((record): Change => ({ kind: 'serviceAreas', op: 'create', record })),
  ...TEAMS.map((record): Change => ({ kind: 'teams', op: 'create', record })),
  ...STAFF.map((record): Change => ({ kind: 'staff', op: 'create', record })),
  ...CASES.map((record): Change => ({ kind: 'cases', op: 'create', record })),
  ...CYCLES.map((record): Change => ({ kind: 'cycles', op: 'create', record })),
  ...AUDITS.map((record): Change => ({ kind: 'audits', op: 'create', record })),
  ...ACTIONS.map((record): Change => ({ kind: 'actions', op: 'create', record })),
  ...REVIEWS.map((record): Change => ({ kind: 'reviews', op: 'create', record })),
  ...THEMES.map((record): Change => ({ kind: 'learningThemes', op: 'create', record })),
  {
    kind: 'feedback',
    op: 'create',
    record: {
      id: 'FB-1',
      source: 'ParentCarer',
      receivedOn: '2025-03-05',
      serviceAreaId: 'svc-n',
      teamId: 'team-n1',
      caseNumber: 'CF-100001',
      auditId: 'AUD-A',
      sentiment: 'Positive',
      summary: 'Felt listened to.',
      recordedById: 'qa',
    },
  },
  {
    kind: 'observations',
    op: 'create',
    record: {
      id: 'OBS-1',
      setting: 'PracticeWeek',
      observedOn: '2025-03-06',
      observerId: 'psw',
      practitionerId: 'sw-n1a',
      teamId: 'team-n1',
      serviceAreaId: 'svc-n',
      caseNumber: null,
      grade: 'Good',
      strengths: 'Warm and clear.',
      development: 'Pace of the visit.',
      learning: 'Use a genogram.',
    },
  },
  {
    kind: 'schedule',
    op: 'create',
    record: {
      id: 'SCH-1',
      activity: 'FindingsReport',
      ownerRole: 'QALead',
      frequency: 'SixWeekly',
      lastDone: null,
      nextDue: '2025-04-30',
      outcomes: 'A findings report to the leadership team.',
      ownerId: null,
      history: [],
    },
  },
];
