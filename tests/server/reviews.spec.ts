/**
 * Thematic audits and dip samples (issue 13, section 6) through the API on the emulator: the QA
 * lead sets up a thematic audit with its own questions, draws, answers and completes it; a head
 * of service runs a dip sample in their own service and shares it, and the service's staff see
 * its findings (not the answers case by case). Refusals in plain words, naming the field; a
 * stale version is a conflict; each step logged with field names only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/contract';
import type { ReviewListResponse, ReviewResponse } from '../../src/contract/reviews';
import { drawSample, reviewPool } from '../../src/domain/reviews';
import { CASES } from './fixture';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const QUESTIONS = [
  { text: 'Is there an up-to-date chronology?', area: 'chronology', answerType: 'YesNo' },
  { text: 'How well does the plan address neglect?', area: 'planning', answerType: 'Scale' },
  { text: 'Grade for the chronology', area: null, answerType: 'Grade' },
  { text: 'One thing to change', area: null, answerType: 'Text' },
];
const FILTER = { serviceAreaIds: [], teamIds: ['team-n1', 'team-s1'], cohorts: [] };
const FINDINGS = {
  findings: 'Chronologies were current in most cases.',
  learning: 'Read the chronology for patterns.',
  recommendations: 'Ask about it at supervision.',
};

const write = (as: string, method: string, path: string, body: unknown) =>
  h.as<ReviewResponse & Partial<ApiError>>(as, method, path, body);

describe('a thematic audit', () => {
  let id = '';
  let version = '';
  const step = async (as: string, method: string, path: string, body: object, status = 200) => {
    const answer = await write(as, method, `/api/reviews/${id}${path}`, { version, ...body });
    expect([answer.status, answer.body.error?.message]).toEqual([status, undefined]);
    version = answer.body.review.version;
    return answer.body.review;
  };

  it('only the QA lead sets one up', async () => {
    const refused = await write('psw', 'POST', '/api/reviews', {
      kind: 'ThematicAudit',
      theme: 'Neglect',
      serviceAreaId: null,
    });
    expect([refused.status, refused.body.error?.message]).toEqual([
      403,
      'Only the QA lead sets up a thematic audit.',
    ]);
    const made = await write('qa', 'POST', '/api/reviews', {
      kind: 'ThematicAudit',
      theme: 'Neglect and chronology',
      serviceAreaId: null,
    });
    expect(made.status).toBe(201);
    expect(made.body.review.record).toMatchObject({ state: 'Designing', ownerId: 'qa' });
    expect(made.body.review.allowed).toEqual(['design', 'draw']);
    id = made.body.review.record.id;
    version = made.body.review.version;
  });

  it('is designed with its own questions; a bad one is named in plain words', async () => {
    const bad = await write('qa', 'PUT', `/api/reviews/${id}/design`, {
      version,
      theme: 'Neglect and chronology',
      questions: [{ text: ' ', area: null, answerType: 'YesNo' }],
      filter: { ...FILTER, teamIds: ['team-zz'] },
      sampleSize: 3,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toBe(
      'Text (question 1): This is required. Teams: Has team-zz, which is no team.',
    );
    const unknown = await write('qa', 'PUT', `/api/reviews/${id}/design`, { version, colour: 1 });
    expect(unknown.status).toBe(400);
    const designed = await step('qa', 'PUT', '/design', {
      theme: 'Neglect and chronology',
      questions: QUESTIONS,
      filter: FILTER,
      sampleSize: 3,
    });
    expect(designed.record.questions.map((q) => q.id)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });

  it('a stale version is a conflict', async () => {
    const stale = await write('qa', 'POST', `/api/reviews/${id}/draw`, {
      version: '"x,1"',
      seed: 5,
    });
    expect(stale.status).toBe(409);
  });

  it('draws from the register with the seed: the same sample the pure draw gives', async () => {
    const drawn = await step('qa', 'POST', '/draw', { seed: 2024 });
    const pool = reviewPool({ kind: 'ThematicAudit', serviceAreaId: null, filter: FILTER }, CASES);
    expect(drawn.record.sample).toEqual(drawSample(pool, 3, 2024));
    expect(drawn.record.poolSize).toBe(pool.length);
    expect(drawn.allowed).toEqual(['answer', 'complete']);
  });

  it('answers each sampled case, refusing an answer of the wrong type', async () => {
    const review = (await h.as<ReviewResponse>('qa', 'GET', `/api/reviews/${id}`)).body.review;
    const [first = ''] = review.record.sample;
    const wrong = await write('qa', 'POST', `/api/reviews/${id}/answers`, {
      version,
      caseNumber: first,
      answers: { Q1: 'Yes', Q2: '7', Q3: 'Good', Q4: 'x' },
    });
    expect(wrong.body.error?.message).toBe(
      'Answer (question 2): This must be 1, 2, 3 or 4 on the scale.',
    );
    const early = await write('qa', 'POST', `/api/reviews/${id}/complete`, {
      version,
      ...FINDINGS,
    });
    expect(early.status).toBe(400);
    expect(early.body.error?.message).toMatch(/^Answers: Are still needed for CF-/);
    for (const caseNumber of review.record.sample) {
      await step('qa', 'POST', '/answers', {
        caseNumber,
        answers: { Q1: 'Yes', Q2: '3', Q3: 'Good', Q4: 'Supervision notes.' },
      });
    }
  });

  it('completes with findings, learning and recommendations, logged by field name', async () => {
    const done = await step('qa', 'POST', '/complete', FINDINGS);
    expect(done.record).toMatchObject({ state: 'Completed', findings: FINDINGS });
    expect(done.tally[0]).toEqual({ questionId: 'Q1', counts: { Yes: 3 } });
    await h.services.auditLog.flush();
    const log = await h.store.repo('auditLog').list({ where: { record: `review:${id}` } });
    const actions = log.map((e) => e.record.action);
    for (const a of ['review.design', 'review.draw', 'review.answer', 'review.complete']) {
      expect(actions).toContain(a);
    }
    const entry = JSON.stringify(log.map((e) => e.record.changedFields));
    expect(entry).toContain('findings');
    expect(entry).not.toContain('Chronologies were current');
  });

  it('is read by senior leaders, not by a head of service or a team manager while designing', async () => {
    expect((await h.as('ad', 'GET', `/api/reviews/${id}`)).status).toBe(200);
    const list = await h.as<ReviewListResponse>('tm-n1', 'GET', '/api/reviews');
    expect(list.body.items.some((r) => r.record.id === 'REV-T')).toBe(false);
  });
});

describe('a dip sample', () => {
  let id = '';
  let version = '';
  const step = async (as: string, path: string, body: object, method = 'POST') => {
    const answer = await write(as, method, `/api/reviews/${id}${path}`, { version, ...body });
    expect([answer.status, answer.body.error?.message]).toEqual([200, undefined]);
    version = answer.body.review.version;
    return answer.body.review;
  };

  it('a head of service starts one in their own service only', async () => {
    const elsewhere = await write('hos-s', 'POST', '/api/reviews', {
      kind: 'DipSample',
      theme: 'Visits',
      serviceAreaId: 'svc-n',
    });
    expect([elsewhere.status, elsewhere.body.error?.message]).toEqual([
      403,
      'A head of service starts a dip sample in their own service only.',
    ]);
    const tm = await write('tm-n1', 'POST', '/api/reviews', {
      kind: 'DipSample',
      theme: 'Visits',
      serviceAreaId: 'svc-n',
    });
    expect(tm.status).toBe(403);
    const made = await write('hos-n', 'POST', '/api/reviews', {
      kind: 'DipSample',
      theme: 'Visits within timescale',
      serviceAreaId: 'svc-n',
    });
    expect(made.status).toBe(201);
    id = made.body.review.record.id;
    version = made.body.review.version;
  });

  it('is refused to the head of another service, and keeps to its own service’s teams', async () => {
    expect((await h.as('hos-s', 'GET', `/api/reviews/${id}`)).status).toBe(403);
    const other = await write('hos-n', 'PUT', `/api/reviews/${id}/design`, {
      version,
      theme: 'Visits',
      questions: QUESTIONS.slice(0, 1),
      filter: { serviceAreaIds: [], teamIds: ['team-s1'], cohorts: [] },
      sampleSize: 2,
    });
    expect(other.body.error?.message).toBe(
      'Teams: This must be teams of the dip sample’s own service.',
    );
  });

  it('draws from its own service, is answered, completed and shared with the service', async () => {
    await step(
      'hos-n',
      '/design',
      {
        theme: 'Visits',
        questions: QUESTIONS.slice(0, 2),
        filter: { serviceAreaIds: [], teamIds: [], cohorts: [] },
        sampleSize: 40,
      },
      'PUT',
    );
    const drawn = await step('hos-n', '/draw', {});
    const north = CASES.filter((c) => c.serviceAreaId === 'svc-n').map((c) => c.caseNumber);
    expect([...drawn.record.sample].sort()).toEqual([...north].sort());
    expect(drawn.record.seed).not.toBeNull();
    for (const caseNumber of drawn.record.sample) {
      await step('hos-n', '/answers', { caseNumber, answers: { Q1: 'No', Q2: '2' } });
    }
    const early = await write('tm-n1', 'GET', `/api/reviews/${id}`, undefined);
    expect(early.status).toBe(403);
    await step('hos-n', '/complete', FINDINGS);
    const shared = await step('hos-n', '/share', {});
    expect(shared.record).toMatchObject({ state: 'Shared', sharedById: 'hos-n' });
  });

  it('its service’s staff see the findings, not the answers; other services do not see it', async () => {
    const tm = await h.as<ReviewResponse>('tm-n1', 'GET', `/api/reviews/${id}`);
    expect(tm.status).toBe(200);
    expect(tm.body.review.record.findings).toEqual(FINDINGS);
    expect(tm.body.review.record.answers).toEqual([]);
    expect(tm.body.review.record.sample).toEqual([]);
    expect(tm.body.review.caseAnswersShown).toBe(false);
    expect(tm.body.review.allowed).toEqual([]);
    const sw = await h.as<ReviewListResponse>('sw-n2', 'GET', '/api/reviews');
    expect(sw.body.items.map((r) => r.record.id)).toContain(id);
    expect((await h.as('sw-s1', 'GET', `/api/reviews/${id}`)).status).toBe(403);
    expect((await h.as('tm-s1', 'GET', `/api/reviews/${id}`)).status).toBe(403);
  });

  it('a thematic audit is not shared with a service', async () => {
    const refused = await write('qa', 'POST', '/api/reviews/REV-T/share', { version: 'x' });
    expect(refused.status).toBe(403);
  });
});

describe('the caller’s role as it stands on the Staff list', () => {
  const moveTo = async (serviceAreaId: string) => {
    const row = await h.store.repo('staff').get('hos-n2');
    if (row === null) throw new Error('hos-n2');
    await h.store.repo('staff').update({ ...row.record, serviceAreaId }, row.version);
    h.clock.now = new Date(h.clock.now.getTime() + 61_000);
  };

  it('a head of service moved to another service in SharePoint loses that service’s dip samples', async () => {
    expect((await h.as('hos-n2', 'GET', '/api/reviews/REV-D')).status).toBe(200);
    await moveTo('svc-s');
    expect((await h.as('hos-n2', 'GET', '/api/reviews/REV-D')).status).toBe(403);
    const start = await write('hos-n2', 'POST', '/api/reviews', {
      kind: 'DipSample',
      theme: 'Visits',
      serviceAreaId: 'svc-n',
    });
    expect(start.status).toBe(403);
    await moveTo('svc-n');
    expect((await h.as('hos-n2', 'GET', '/api/reviews/REV-D')).status).toBe(200);
  });
});
