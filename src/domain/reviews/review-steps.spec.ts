import { describe, expect, it } from 'vitest';
import type { Actor } from '../records/actor';
import type { DrawableCase, Review } from '../records/review';
import { canViewReview, seesCaseAnswers } from '../access/review-access';
import {
  answerCase,
  completeReview,
  designReview,
  drawReview,
  shareReview,
  startReview,
  type DesignInput,
} from './review-steps';

const NOW = '2025-03-20T10:00:00.000Z';
const qa: Actor = { id: 'qa', role: 'QALead', teamId: null, serviceAreaId: null };
const hosN: Actor = { id: 'hos-n', role: 'HeadOfService', teamId: null, serviceAreaId: 'svc-n' };
const hosS: Actor = { id: 'hos-s', role: 'HeadOfService', teamId: null, serviceAreaId: 'svc-s' };
const tmN: Actor = { id: 'tm-n1', role: 'TeamManager', teamId: 'team-n1', serviceAreaId: 'svc-n' };
const swS: Actor = { id: 'sw-s1', role: 'Practitioner', teamId: 'team-s1', serviceAreaId: 'svc-s' };
const ad: Actor = { id: 'ad', role: 'AssistantDirector', teamId: null, serviceAreaId: null };

const org = {
  serviceOfTeam: (t: string) => ({ 'team-n1': 'svc-n', 'team-s1': 'svc-s' })[t],
  serviceExists: (s: string) => s === 'svc-n' || s === 'svc-s',
};
const CASES: DrawableCase[] = Array.from({ length: 30 }, (_, i) => ({
  caseNumber: `CF-${String(100 + i)}`,
  teamId: i % 2 === 0 ? 'team-n1' : 'team-s1',
  serviceAreaId: i % 2 === 0 ? 'svc-n' : 'svc-s',
  cohort: i % 3 === 0 ? 'ChildProtection' : 'ChildInNeed',
  open: i !== 4,
}));
const design: DesignInput = {
  theme: 'Neglect: use of chronology',
  questions: [
    { text: 'Is there an up-to-date chronology?', area: 'chronology', answerType: 'YesNo' },
    { text: 'How well does the plan address neglect?', area: null, answerType: 'Scale' },
  ],
  filter: { serviceAreaIds: [], teamIds: [], cohorts: ['ChildProtection'] },
  sampleSize: 3,
};

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const thematic = (): Review =>
  unwrap(
    startReview(qa, {
      id: 'REV-1',
      kind: 'ThematicAudit',
      theme: 'Neglect',
      serviceAreaId: null,
      serviceKnown: true,
      now: NOW,
    }),
  );
const dip = (): Review =>
  unwrap(
    startReview(hosN, {
      id: 'REV-2',
      kind: 'DipSample',
      theme: 'Visits',
      serviceAreaId: 'svc-n',
      serviceKnown: true,
      now: NOW,
    }),
  );
const drawn = (review = thematic()): Review =>
  unwrap(
    drawReview(unwrap(designReview(review, qa, design, org)), qa, {
      seed: 42,
      cases: CASES,
      now: NOW,
    }),
  );

describe('starting a review', () => {
  it('the QA lead sets up a thematic audit, designing', () => {
    expect(thematic()).toMatchObject({ kind: 'ThematicAudit', ownerId: 'qa', state: 'Designing' });
  });

  it('only the QA lead sets up a thematic audit', () => {
    const r = startReview(hosN, {
      id: 'R',
      kind: 'ThematicAudit',
      theme: 'x',
      serviceAreaId: null,
      serviceKnown: true,
      now: NOW,
    });
    expect(r.ok ? null : r.error.reason).toBe('forbidden');
  });

  it('a head of service starts a dip sample in their own service only', () => {
    expect(dip().filter.serviceAreaIds).toEqual(['svc-n']);
    const r = startReview(hosS, {
      id: 'R',
      kind: 'DipSample',
      theme: 'x',
      serviceAreaId: 'svc-n',
      serviceKnown: true,
      now: NOW,
    });
    expect(r.ok ? null : r.error.message).toBe(
      'A head of service starts a dip sample in their own service only.',
    );
  });

  it('refuses a service that is not on the list', () => {
    const r = startReview(qa, {
      id: 'R',
      kind: 'ThematicAudit',
      theme: 'x',
      serviceAreaId: 'svc-x',
      serviceKnown: false,
      now: NOW,
    });
    expect(r.ok ? null : r.error.message).toBe('Service area: This is not a service on the list.');
  });

  it('names the theme when it is missing', () => {
    const r = startReview(qa, {
      id: 'R',
      kind: 'ThematicAudit',
      theme: ' ',
      serviceAreaId: null,
      serviceKnown: true,
      now: NOW,
    });
    expect(r.ok ? null : r.error.message).toBe('Theme: This is required.');
  });
});

describe('designing a review', () => {
  it('numbers the questions in order and keeps the cohort filter', () => {
    const r = unwrap(designReview(thematic(), qa, design, org));
    expect(r.questions.map((q) => q.id)).toEqual(['Q1', 'Q2']);
    expect(r.filter.cohorts).toEqual(['ChildProtection']);
  });

  it('names each bad field in plain words', () => {
    const r = designReview(
      thematic(),
      qa,
      { ...design, questions: [{ text: '', area: null, answerType: 'Text' }], sampleSize: 0 },
      org,
    );
    expect(r.ok ? null : r.error.message).toBe(
      'Text (question 1): This is required. Sample size: This must be a whole number from 1 to 40.',
    );
  });

  it('keeps a dip sample to the teams of its own service', () => {
    const r = designReview(
      dip(),
      hosN,
      { ...design, filter: { serviceAreaIds: [], teamIds: ['team-s1'], cohorts: [] } },
      org,
    );
    expect(r.ok ? null : r.error.issues[0]?.field).toBe('filter.teamIds');
  });

  it('refuses anyone but its owner or the QA lead', () => {
    const r = designReview(dip(), hosS, design, org);
    expect(r.ok ? null : r.error.reason).toBe('forbidden');
    expect(designReview(dip(), qa, design, org).ok).toBe(true);
  });
});

describe('drawing the sample', () => {
  it('draws from the filtered open cases, the same sample for the same seed', () => {
    const a = drawn();
    const b = drawn();
    expect(a.sample).toEqual(b.sample);
    expect(a.sample).toHaveLength(3);
    const pool = CASES.filter((c, i) => c.open && i % 3 === 0).map((c) => c.caseNumber);
    expect(a.poolSize).toBe(pool.length);
    for (const n of a.sample) expect(pool).toContain(n);
    expect(a.state).toBe('Sampling');
  });

  it('a dip sample never draws outside its own service', () => {
    const d = unwrap(
      designReview(
        dip(),
        hosN,
        { ...design, filter: { serviceAreaIds: [], teamIds: [], cohorts: [] }, sampleSize: 40 },
        org,
      ),
    );
    const r = unwrap(drawReview(d, hosN, { seed: 7, cases: CASES, now: NOW }));
    const north = CASES.filter((c) => c.serviceAreaId === 'svc-n' && c.open).map(
      (c) => c.caseNumber,
    );
    expect([...r.sample].sort()).toEqual([...north].sort());
  });

  it('needs a question and a cohort with open cases', () => {
    const r = drawReview(thematic(), qa, { seed: 1, cases: [], now: NOW });
    expect(r.ok ? null : r.error.issues.map((i) => i.field)).toEqual(['questions', 'filter']);
  });
});

describe('answering, completing and sharing', () => {
  it('takes answers of each question’s type for a sampled case only', () => {
    const r = drawn();
    const first = r.sample[0] ?? '';
    expect(answerCase(r, qa, { caseNumber: 'CF-999', answers: {}, now: NOW }).ok).toBe(false);
    const bad = answerCase(r, qa, {
      caseNumber: first,
      answers: { Q1: 'Maybe', Q2: '5' },
      now: NOW,
    });
    expect(bad.ok ? null : bad.error.message).toBe(
      'Answer (question 1): This must be Yes or No. Answer (question 2): This must be 1, 2, 3 or 4 on the scale.',
    );
    const good = unwrap(
      answerCase(r, qa, { caseNumber: first, answers: { Q1: 'Yes', Q2: '3' }, now: NOW }),
    );
    expect(good.answers).toEqual([
      { caseNumber: first, answers: { Q1: 'Yes', Q2: '3' }, byId: 'qa', at: NOW },
    ]);
  });

  it('completes only with every sampled case answered and all three texts', () => {
    let r = drawn();
    const findings = {
      findings: 'Chronologies were current.',
      learning: 'Share the template.',
      recommendations: 'Use it.',
      now: NOW,
    };
    const early = completeReview(r, qa, findings);
    expect(early.ok ? null : early.error.issues[0]?.message).toMatch(/^are still needed for CF-/);
    for (const n of r.sample)
      r = unwrap(answerCase(r, qa, { caseNumber: n, answers: { Q1: 'No', Q2: '2' }, now: NOW }));
    const blank = completeReview(r, qa, { ...findings, learning: '' });
    expect(blank.ok ? null : blank.error.message).toBe('Learning: This is required.');
    expect(unwrap(completeReview(r, qa, findings))).toMatchObject({
      state: 'Completed',
      completedAt: NOW,
    });
  });

  it('shares a completed dip sample; its service’s staff then see the findings but not the answers', () => {
    let r = unwrap(
      drawReview(unwrap(designReview(dip(), hosN, design, org)), hosN, {
        seed: 3,
        cases: CASES,
        now: NOW,
      }),
    );
    for (const n of r.sample)
      r = unwrap(answerCase(r, hosN, { caseNumber: n, answers: { Q1: 'Yes', Q2: '4' }, now: NOW }));
    r = unwrap(
      completeReview(r, hosN, { findings: 'f', learning: 'l', recommendations: 'r', now: NOW }),
    );
    expect(canViewReview(tmN, r)).toBe(false);
    expect(shareReview(thematic(), qa, NOW).ok).toBe(false);
    const shared = unwrap(shareReview(r, hosN, NOW));
    expect(shared).toMatchObject({ state: 'Shared', sharedById: 'hos-n' });
    expect(canViewReview(tmN, shared)).toBe(true);
    expect(seesCaseAnswers(tmN, shared)).toBe(false);
    expect(canViewReview(swS, shared)).toBe(false);
    expect(canViewReview(hosS, shared)).toBe(false);
    expect(canViewReview(ad, shared)).toBe(true);
  });
});
