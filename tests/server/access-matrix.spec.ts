/**
 * Role × endpoint × relation, cell by cell, against the real store. Columns are people standing
 * in a relation to the target records (audit AUD-A and action ACT-B1, both in team-n1 of
 * svc-n): the practitioner whose case it is (own), a colleague in the same team, a practitioner
 * of another team, of another service; the auditor (TM own), the case team's manager, a team
 * manager of another team and of another service; the moderating head of service, another head
 * of the same service, the head of another service; and the service-wide PSW, QA lead,
 * assistant director and director.
 *
 * Writes are sent with a stale version and an otherwise valid body: a caller the matrix refuses
 * gets 403 (before the version is looked at); a caller it allows passes the access checks and
 * reaches the version check, 409, so no cell changes the records the others read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCardAction } from '../../src/bot/actions/run-card-action';
import { VERBS } from '../../src/cards';
import { staffById } from './fixture';
import { startServerHarness, type ServerHarness } from './harness';

const COLUMNS = [
  'sw-n1a',
  'sw-n1b',
  'sw-n2',
  'sw-s1',
  'tm-n2a',
  'tm-n1',
  'tm-n2b',
  'tm-s1',
  'hos-n',
  'hos-n2',
  'hos-s',
  'psw',
  'qa',
  'ad',
  'dir',
] as const;
const RELATION = [
  'P own',
  'P same team',
  'P other team',
  'P other service',
  'TM own (auditor)',
  'TM same team',
  'TM other team',
  'TM other service',
  'HOS own (moderator)',
  'HOS same service',
  'HOS other service',
  'PSW',
  'QA lead',
  'AD',
  'Director',
];

const stale = 'stale-version';
const feedback = {
  source: 'ParentCarer',
  receivedOn: '2025-03-10',
  serviceAreaId: 'svc-n',
  teamId: 'team-n1',
  caseNumber: null,
  auditId: null,
  sentiment: 'Positive',
  summary: 'Helpful visit.',
};
const observation = {
  setting: 'Supervision',
  observedOn: '2025-03-10',
  practitionerId: 'sw-n1a',
  teamId: 'team-n1',
  serviceAreaId: 'svc-n',
  caseNumber: null,
  grade: 'Good',
  strengths: 'Clear.',
  development: '',
  learning: '',
};
const cycle = {
  name: 'Thematic: neglect',
  kind: 'Thematic',
  startDate: '2025-06-02',
  endDate: '2025-07-11',
  theme: 'Neglect',
};
const rules = {
  sampleSize: { kind: 'perAuditor', casesPerAuditor: 1 },
  stratifyByCohort: false,
  excludeRecentCycles: 0,
  moderation: { share: 0.5, lowAgreementThreshold: 0.5, lowAgreementShare: 1 },
};

type Row = readonly [method: string, path: string, body: unknown, expected: readonly number[]];
const A = '/api/audits/AUD-A';
const X = '/api/actions/ACT-B1';
const ALL_200 = Array<number>(15).fill(200);
const only = (ok: number, who: readonly string[]) =>
  COLUMNS.map((c) => (who.includes(c) ? ok : 403));

// prettier-ignore
const MATRIX: readonly Row[] = [
  //                                                           sw-n1a sw-n1b sw-n2 sw-s1 | tm-n2a tm-n1 tm-n2b tm-s1 | hos-n hos-n2 hos-s | psw  qa   ad   dir
  ['GET', '/api/me', undefined,                                ALL_200],
  ['GET', '/api/home', undefined,                              ALL_200],
  ['GET', '/api/organisation', undefined,                      ALL_200],
  ['GET', '/api/staff?role=TeamManager', undefined,            ALL_200],
  ['GET', '/api/schedule', undefined,                          ALL_200],
  ['GET', '/api/cycles', undefined,                            ALL_200],
  ['GET', '/api/moderation/queue', undefined,                  ALL_200],
  ['GET', A, undefined,                                        [200, 403, 403, 403,   200, 200, 403, 403,   200, 200, 403,   200, 200, 200, 200]],
  ['GET', '/api/audits?scope=allocatedToMe', undefined,        ALL_200],
  ['GET', '/api/audits?scope=myCases', undefined,              ALL_200],
  ['GET', '/api/audits?scope=team', undefined,                 [403, 403, 403, 403,   200, 200, 200, 200,   403, 403, 403,   403, 403, 403, 403]],
  ['GET', '/api/audits?scope=service', undefined,              [403, 403, 403, 403,   403, 403, 403, 403,   200, 200, 200,   200, 200, 200, 200]],
  ['GET', '/api/audits?scope=all&cycleId=CYC-1', undefined,    [403, 403, 403, 403,   403, 403, 403, 403,   403, 403, 403,   200, 200, 200, 200]],
  ['PUT', `${A}/draft`, { version: stale, draft: {} },         [403, 403, 403, 403,   409, 403, 403, 403,   403, 403, 403,   403, 403, 403, 403]],
  ['POST', `${A}/start`, { version: stale },                   [403, 403, 403, 403,   409, 403, 403, 403,   403, 403, 403,   403, 403, 403, 403]],
  ['POST', `${A}/submit`, { version: stale, actions: [], noActionsNeeded: true },
                                                               [403, 403, 403, 403,   409, 403, 403, 403,   403, 403, 403,   403, 403, 403, 403]],
  ['POST', `${A}/share-grade`, { version: stale },             [403, 403, 403, 403,   409, 403, 403, 403,   403, 403, 403,   403, 403, 403, 403]],
  ['POST', `${A}/worker-feedback`, { version: stale, feedback: 'Fair.' },
                                                               [409, 403, 403, 403,   403, 403, 403, 403,   403, 403, 403,   403, 403, 403, 403]],
  ['POST', `${A}/contributors`, { version: stale, contributorId: 'sw-n2' },
                                                               [403, 403, 403, 403,   409, 403, 403, 403,   403, 403, 403,   403, 409, 403, 403]],
  ['POST', `${A}/reallocate`, { version: stale, auditorId: 'tm-n2b' },
                                                               [403, 403, 403, 403,   403, 403, 403, 403,   403, 403, 403,   403, 409, 403, 403]],
  ['POST', `${A}/moderator`, { version: stale, moderatorId: 'hos-n2' },
                                                               [403, 403, 403, 403,   403, 403, 403, 403,   403, 403, 403,   403, 409, 403, 403]],
  ['POST', `${A}/moderation`, { version: stale, outcome: 'Agreed', reasons: '' },
                                                               [403, 403, 403, 403,   403, 403, 403, 403,   409, 403, 403,   403, 403, 403, 403]],
  ['POST', `${A}/moderation/resolve`, { version: stale, learningNotes: 'Talked it through.' },
                                                               [403, 403, 403, 403,   409, 403, 403, 403,   409, 403, 403,   403, 403, 403, 403]],
  ['POST', `${A}/alert/acknowledge`, { version: stale },        [403, 403, 403, 403,   403, 409, 403, 403,   409, 409, 403,   403, 403, 403, 403]],
  ['POST', `${A}/moderation/respond`, { version: stale, response: 'Acknowledged' },
                                                               [403, 403, 403, 403,   409, 403, 403, 403,   403, 403, 403,   403, 403, 403, 403]],
  ['POST', `${A}/moderation/quality`, { version: stale, scores: { evidenceCited: 'Met', childsVoiceConsidered: 'Met', rationaleWeighedImpact: 'PartlyMet', actionsSpecific: 'NotMet' } },
                                                               [403, 403, 403, 403,   403, 403, 403, 403,   409, 403, 403,   403, 409, 403, 403]],
  ['GET', '/api/me/audit-quality', undefined,                  ALL_200],
  // Only the QA lead names another auditor; the auditor naming themselves reads their own.
  ['GET', '/api/me/audit-quality?auditorId=tm-n2a', undefined, [403, 403, 403, 403,   200, 403, 403, 403,   403, 403, 403,   403, 200, 403, 403]],
  ['POST', `${A}/complete-without-moderation`, { version: stale },
                                                               [403, 403, 403, 403,   403, 403, 403, 403,   403, 403, 403,   403, 409, 403, 403]],
  // The auditor (tm-n2a) reads the actions of the audit they completed, but may not act on them.
  ['GET', X, undefined,                                        [200, 403, 403, 403,   200, 200, 403, 403,   200, 200, 403,   200, 200, 200, 200]],
  ['GET', '/api/actions?scope=mine', undefined,                ALL_200],
  ['GET', '/api/actions?scope=team', undefined,                [403, 403, 403, 403,   200, 200, 200, 200,   403, 403, 403,   403, 403, 403, 403]],
  ['GET', '/api/actions?scope=service', undefined,             [403, 403, 403, 403,   403, 403, 403, 403,   200, 200, 200,   200, 200, 200, 200]],
  ['GET', '/api/actions?scope=all&overdue=true', undefined,    [403, 403, 403, 403,   403, 403, 403, 403,   403, 403, 403,   200, 200, 200, 200]],
  ['POST', `${X}/progress`, { version: stale, note: 'Visited.' },
                                                               [409, 403, 403, 403,   403, 409, 403, 403,   403, 403, 403,   403, 403, 403, 403]],
  ['POST', `${X}/supervision`, { version: stale, date: '2025-03-19', note: '' },
                                                               [403, 403, 403, 403,   403, 409, 403, 403,   403, 403, 403,   403, 403, 403, 403]],
  ['POST', `${X}/complete`, { version: stale, evidence: 'On file.' },
                                                               [409, 403, 403, 403,   403, 409, 403, 403,   403, 403, 403,   403, 403, 403, 403]],
  ['POST', `${X}/verify`, { version: stale },                  [403, 403, 403, 403,   403, 403, 403, 403,   403, 403, 403,   403, 409, 403, 403]],
  ['POST', `${X}/approve`, { version: stale },                 [403, 403, 403, 403,   403, 403, 403, 403,   409, 409, 403,   403, 403, 403, 403]],
  ['POST', `${X}/return`, { version: stale, reason: 'No evidence.' },
                                                               [403, 403, 403, 403,   403, 403, 403, 403,   409, 409, 403,   403, 403, 403, 403]],
  ['POST', `${X}/not-completed`, { version: stale, reason: 'Case closed.' },
                                                               [403, 403, 403, 403,   403, 403, 403, 403,   403, 403, 403,   403, 409, 403, 403]],
  ['POST', '/api/cycles', cycle,                               only(201, ['qa'])],
  ['POST', '/api/cycles/year', { startDate: '2030-01-07' },    only(201, ['qa'])],
  ['PUT', '/api/cycles/CYC-2', { version: stale, startDate: '2025-04-14', endDate: '2025-05-25', timescales: { auditDays: 20, moderationDays: 30, actionDays: 28, immediateActionDays: 5 } },
                                                               only(409, ['qa'])],
  ['POST', '/api/cycles/CYC-1/close', { version: stale, reason: 'Leave.' }, only(409, ['qa'])],
  ['POST', '/api/cycles/CYC-2/allocation/preview', rules,      only(200, ['qa'])],
  ['POST', '/api/cycles/CYC-2/allocation/commit', { ...rules, seed: 1, version: stale },
                                                               only(409, ['qa'])],
  // CYC-1 was allocated before draws were kept: those who may read a draw meet 404.
  ['GET', '/api/cycles/CYC-1/draw', undefined,                 [403, 403, 403, 403,   403, 403, 403, 403,   403, 403, 403,   404, 404, 404, 404]],
  ['POST', '/api/cycles/CYC-1/draw/replay', undefined,         [403, 403, 403, 403,   403, 403, 403, 403,   403, 403, 403,   404, 404, 404, 404]],
  ['GET', '/api/cycles/CYC-1/tracker', undefined,              [403, 403, 403, 403,   403, 403, 403, 403,   200, 200, 200,   200, 200, 200, 200]],
  ['GET', '/api/reaudits', undefined,                          [403, 403, 403, 403,   403, 403, 403, 403,   200, 200, 200,   200, 200, 200, 200]],
  ['GET', '/api/dashboard', undefined,                         [403, 403, 403, 403,   200, 200, 200, 200,   200, 200, 200,   200, 200, 200, 200]],
  ['GET', '/api/dashboard?serviceAreaId=svc-n&cycleId=CYC-1', undefined,
                                                               [403, 403, 403, 403,   200, 200, 200, 403,   200, 200, 403,   200, 200, 200, 200]],
  ['GET', '/api/dashboard?teamId=team-n1', undefined,          [403, 403, 403, 403,   403, 200, 403, 403,   200, 200, 403,   200, 200, 200, 200]],
  ['GET', '/api/reports/findings/CYC-1', undefined,            [403, 403, 403, 403,   403, 403, 403, 403,   200, 200, 200,   200, 200, 200, 200]],
  ['GET', '/api/reports/annual/2024', undefined,              [403, 403, 403, 403,   403, 403, 403, 403,   200, 200, 200,   200, 200, 200, 200]],
  // The documents of section 6: the QA lead makes them; the briefing is for every team; the list
  // holds what each caller may read.
  ['GET', '/api/reports/briefing/CYC-1', undefined,             [200, 200, 200, 200,   200, 200, 200, 200,   200, 200, 200,   200, 200, 200, 200]],
  ['GET', '/api/reports/documents', undefined,                  [200, 200, 200, 200,   200, 200, 200, 200,   200, 200, 200,   200, 200, 200, 200]],
  ['POST', '/api/reports/briefing/CYC-1/document', { sections: { Background: [] } }, [400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400]],
  ['POST', '/api/reports/findings/CYC-1/document', { narrative: '' }, only(201, ['qa'])],
  ['GET', '/api/lists/health', undefined,                      only(200, ['qa'])],
  ['GET', '/api/feedback', undefined,                          [403, 403, 403, 403,   200, 200, 200, 200,   200, 200, 200,   200, 200, 200, 200]],
  ['POST', '/api/feedback', feedback,                          [403, 403, 403, 403,   403, 201, 403, 403,   201, 201, 403,   201, 201, 403, 403]],
  ['GET', '/api/observations', undefined,                      ALL_200],
  ['GET', '/api/observations?practitionerId=sw-n1a', undefined,[200, 403, 403, 403,   200, 200, 200, 200,   200, 200, 200,   200, 200, 200, 200]],
  ['POST', '/api/observations', observation,                   [403, 403, 403, 403,   403, 201, 403, 403,   201, 201, 403,   201, 201, 403, 403]],
  // Thematic audits (REV-T, the QA lead's, designing) and dip samples of svc-n (REV-D sampling, REV-S shared, both hos-n's).
  ['GET', '/api/reviews', undefined,                           ALL_200],
  ['GET', '/api/reviews/REV-T', undefined,                     [403, 403, 403, 403,   403, 403, 403, 403,   403, 403, 403,   200, 200, 200, 200]],
  ['GET', '/api/reviews/REV-D', undefined,                     [403, 403, 403, 403,   403, 403, 403, 403,   200, 200, 403,   200, 200, 200, 200]],
  ['GET', '/api/reviews/REV-S', undefined,                     [200, 200, 200, 403,   200, 200, 200, 403,   200, 200, 403,   200, 200, 200, 200]],
  ['POST', '/api/reviews', { kind: 'ThematicAudit', theme: 'Neglect', serviceAreaId: null },
                                                               only(201, ['qa'])],
  ['POST', '/api/reviews', { kind: 'DipSample', theme: 'Visits', serviceAreaId: 'svc-n' },
                                                               only(201, ['hos-n', 'hos-n2'])],
  ['PUT', '/api/reviews/REV-T/design', { version: stale, theme: 'Neglect', questions: [], filter: { serviceAreaIds: [], teamIds: [], cohorts: [] }, sampleSize: 2 },
                                                               only(409, ['qa'])],
  ['POST', '/api/reviews/REV-T/draw', { version: stale, seed: 1 }, only(409, ['qa'])],
  ['POST', '/api/reviews/REV-D/answers', { version: stale, caseNumber: 'CF-100001', answers: { Q1: 'Yes' } },
                                                               only(409, ['hos-n', 'qa'])],
  ['POST', '/api/reviews/REV-D/complete', { version: stale, findings: 'f', learning: 'l', recommendations: 'r' },
                                                               only(409, ['hos-n', 'qa'])],
  ['POST', '/api/reviews/REV-S/share', { version: stale },     only(409, ['hos-n', 'qa'])],
  // Learning themes: read by the QA team, heads of service and senior leaders; curated and decided by the QA lead.
  ['GET', '/api/themes/vocabulary', undefined,                 [403, 403, 403, 403,   403, 403, 403, 403,   200, 200, 200,   200, 200, 200, 200]],
  ['POST', '/api/themes/vocabulary', { label: 'Delay', kind: 'Development', phrases: ['delay'], active: true },
                                                               only(201, ['qa'])],
  ['PUT', '/api/themes/vocabulary/LT-drift', { version: stale, label: 'Delay', kind: 'Development', phrases: ['delay'], active: true },
                                                               only(409, ['qa'])],
  ['GET', '/api/cycles/CYC-1/themes', undefined,               [403, 403, 403, 403,   403, 403, 403, 403,   200, 200, 200,   200, 200, 200, 200]],
  ['POST', '/api/cycles/CYC-1/themes/LT-chron/confirm', { version: stale }, only(409, ['qa'])],
  ['POST', '/api/cycles/CYC-1/themes/LT-chron/reject', { version: stale },  only(409, ['qa'])],
  ['POST', '/api/cycles/CYC-1/themes/LT-impact/merge', { version: stale, mergedIntoThemeId: 'LT-chron' },
                                                               only(409, ['qa'])],
];

/**
 * The card-action edge: the same commands from a card in Teams. A card carries no version, so
 * each target is in a state where the step no longer applies: the person the matrix allows
 * meets "already done" or "changed" (and nothing is written), everyone else "for someone else".
 */
type CardRow = readonly [verb: string, data: Record<string, string>, allowed: readonly string[]];
// prettier-ignore
const CARD_MATRIX: readonly CardRow[] = [
  [VERBS.closureApprove, { actionId: 'ACT-B1', version: 'v' },             ['hos-n', 'hos-n2']],
  [VERBS.closureReturn, { actionId: 'ACT-B1', version: 'v', reason: 'No.' }, ['hos-n', 'hos-n2']],
  [VERBS.actionComplete, { actionId: 'ACT-D2', version: 'v', evidence: 'Done.' }, ['sw-n1b', 'tm-n1']],
  [VERBS.inadequateAcknowledge, { auditId: 'AUD-A', version: 'v' },        ['tm-n1', 'hos-n', 'hos-n2']],
  [VERBS.moderationAcknowledge, { auditId: 'AUD-A', moderationId: 'AUD-A-M', version: 'v' }, ['tm-n2a']],
  [VERBS.closureRefresh, { actionId: 'ACT-B1', version: 'v' },             ['sw-n1a', 'tm-n2a', 'tm-n1', 'hos-n', 'hos-n2', 'psw', 'qa', 'ad', 'dir']],
  // Its grades are the audit's: not the allocated worker before the auditor shares them.
  [VERBS.moderationRefresh, { auditId: 'AUD-A', moderationId: 'AUD-A-M', version: 'v' }, ['tm-n2a', 'tm-n1', 'hos-n', 'hos-n2', 'psw', 'qa', 'ad', 'dir']],
];
const CARD_CELLS = CARD_MATRIX.flatMap(([verb, data, allowed]) =>
  COLUMNS.map((staffId, i) => ({
    verb,
    data,
    staffId,
    relation: RELATION[i],
    expected: allowed.includes(staffId) ? 'allowed' : 'for someone else',
  })),
);

const CELLS = MATRIX.flatMap(([method, path, body, expected]) =>
  COLUMNS.map((staffId, i) => ({
    endpoint: `${method} ${path}`,
    method,
    path,
    body,
    staffId,
    relation: RELATION[i],
    expected: expected[i],
  })),
);

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

describe('the access matrix', () => {
  it('has a cell for every endpoint and every column', () => {
    for (const [, , , expected] of MATRIX) expect(expected).toHaveLength(COLUMNS.length);
    expect(CELLS.length).toBe(MATRIX.length * COLUMNS.length);
  });

  it.each(CELLS)(
    '$endpoint as $relation ($staffId) → $expected',
    async ({ method, path, body, staffId, expected }) => {
      const response = await h.as<{ error?: { code: string } }>(staffId, method, path, body);
      expect(response.status).toBe(expected);
      if (expected === 403) expect(response.body.error?.code).toBe('forbidden');
    },
  );
});

describe('the access matrix, from cards', () => {
  it.each(CARD_CELLS)(
    '$verb as $relation ($staffId) → $expected',
    async ({ verb, data, staffId, expected }) => {
      const before = await h.store.repo('actions').get('ACT-B1');
      const result = await runCardAction(h.services, staffById(staffId).aadObjectId, verb, data);
      const refusedAsForbidden = JSON.stringify(result.card).includes(
        'This step is for someone else',
      );
      expect(refusedAsForbidden ? 'for someone else' : 'allowed').toBe(expected);
      expect((await h.store.repo('actions').get('ACT-B1'))?.version).toBe(before?.version);
    },
  );
});
