/**
 * Re-audits on the emulator (issue 13): an audit moderated at Requires improvement schedules one
 * re-audit of its case 12 weeks on (the job run twice makes one), the next case file audit cycle
 * from then allocates it first and links it back, the kept draw replays to the same allocation,
 * and the tracker shows the grade before, after and whether it improved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, AuditDetailResponse, ReauditListResponse } from '../../src/contract';
import type {
  AllocationPreviewResponse,
  CycleListResponse,
  CycleResponse,
  DrawReplayResponse,
  TrackerResponse,
} from '../../src/contract/cycles';
import { scheduleReaudits } from '../../src/app/jobs/schedule-reaudits';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const at = (date: string) => {
  h.clock.now = new Date(`${date}T09:00:00.000Z`);
};
const rules = {
  sampleSize: { kind: 'total', totalCases: 2 },
  stratifyByCohort: false,
  // CF-100008 was audited in CYC-1, one of the two most recent: a re-audit is made all the same.
  excludeRecentCycles: 2,
  moderation: { share: 1, lowAgreementThreshold: 0.6, lowAgreementShare: 1 },
};
const versionOf = async (id: string) =>
  (await h.as<CycleListResponse>('qa', 'GET', '/api/cycles')).body.items.find(
    (c) => c.record.id === id,
  )?.version;
let cycleId = '';

describe('a re-audit', () => {
  it('is scheduled once, 12 weeks after a Requires-improvement grade is agreed at moderation', async () => {
    at('2025-03-25');
    const before = await h.as<AuditDetailResponse>('hos-n', 'GET', '/api/audits/AUD-D');
    const agreed = await h.as<AuditDetailResponse>(
      'hos-n',
      'POST',
      '/api/audits/AUD-D/moderation',
      {
        version: before.body.audit.version,
        outcome: 'Agreed',
        reasons: 'The grade fits the evidence.',
      },
    );
    expect(agreed.status).toBe(200);
    expect(await scheduleReaudits(h.services)).toEqual(['RA-AUD-D']);
    expect(await scheduleReaudits(h.services)).toEqual([]);
    const kept = await h.store.repo('reaudits').list();
    expect(kept.map((r) => r.record)).toEqual([
      expect.objectContaining({
        id: 'RA-AUD-D',
        caseNumber: 'CF-100008',
        earlierAuditId: 'AUD-D',
        gradeBefore: 'Requires improvement to be good',
        gradedOn: '2025-03-25',
        dueFrom: '2025-06-17',
        // CYC-2 starts before it is due, and no later cycle is planned yet.
        targetCycleId: null,
        state: 'Scheduled',
      }),
    ]);
    const log = await h.store.repo('auditLog').list();
    expect(log.filter((e) => e.record.action === 'reaudit.schedule')).toHaveLength(1);
  });

  it('goes into the first case file audit cycle planned from its date, allocated first', async () => {
    const created = await h.as<CycleResponse>('qa', 'POST', '/api/cycles', {
      name: 'Case file audit 2025-06-23',
      kind: 'CaseFileAudit',
      startDate: '2025-06-23',
      endDate: '2025-08-03',
      theme: '',
    });
    expect(created.status).toBe(201);
    cycleId = created.body.cycle.record.id;
    expect(await scheduleReaudits(h.services)).toEqual(['RA-AUD-D']);
    expect((await h.store.repo('reaudits').get('RA-AUD-D'))?.record.targetCycleId).toBe(cycleId);
    at('2025-06-23');
    const preview = await h.as<AllocationPreviewResponse>(
      'qa',
      'POST',
      `/api/cycles/${cycleId}/allocation/preview`,
      rules,
    );
    expect(preview.status).toBe(200);
    expect(preview.body.explanation.reaudits).toEqual([
      'CF-100008 is allocated first, as the re-audit of AUD-D.',
    ]);
    const commit = await h.as('qa', 'POST', `/api/cycles/${cycleId}/allocation/commit`, {
      ...rules,
      seed: preview.body.draw.seed,
      version: await versionOf(cycleId),
    });
    expect(commit.status).toBe(200);
    const audit = await h.store.repo('audits').get(`${cycleId}-CF-100008`);
    expect(audit?.record.reauditOf).toBe('AUD-D');
    expect((await h.store.repo('reaudits').get('RA-AUD-D'))?.record).toMatchObject({
      state: 'Allocated',
      auditId: `${cycleId}-CF-100008`,
      targetCycleId: cycleId,
    });
    expect(await scheduleReaudits(h.services)).toEqual([]);
  });

  it('the kept draw records the re-audit and replays to the same allocation', async () => {
    const replay = await h.as<DrawReplayResponse>(
      'qa',
      'POST',
      `/api/cycles/${cycleId}/draw/replay`,
    );
    expect(replay.status).toBe(200);
    expect(replay.body.replay).toMatchObject({ matches: true, differenceCount: 0 });
  });

  it('the tracker shows the grade before and after, and whether it improved', async () => {
    const row = async () =>
      (await h.as<TrackerResponse>('qa', 'GET', `/api/cycles/${cycleId}/tracker`)).body.rows.find(
        (r) => r.caseNumber === 'CF-100008',
      );
    expect((await row())?.reaudit).toEqual({
      earlierAuditId: 'AUD-D',
      gradeBefore: 'Requires improvement to be good',
      gradeAfter: null,
      change: null,
    });
    const audits = h.store.repo('audits');
    const reaudit = await audits.get(`${cycleId}-CF-100008`);
    if (reaudit === null) throw new Error('no re-audit');
    await audits.update(
      {
        ...reaudit.record,
        state: 'Closed',
        overallGrade: 'Good',
        submittedAt: '2025-07-10T10:00:00.000Z',
        moderatedAt: '2025-07-20T10:00:00.000Z',
      },
      reaudit.version,
    );
    await h.services.readModel.refresh();
    expect((await row())?.reaudit).toMatchObject({ gradeAfter: 'Good', change: 'improved' });
    const hos = await h.as<TrackerResponse>('hos-n', 'GET', `/api/cycles/${cycleId}/tracker`);
    expect(hos.body.rows.find((r) => r.caseNumber === 'CF-100008')?.reaudit?.change).toBe(
      'improved',
    );
  });

  it('is listed for the QA lead with its grade before and after, and for a head of service in theirs', async () => {
    const all = await h.as<ReauditListResponse>('qa', 'GET', '/api/reaudits');
    expect(all.body.scope).toBe('all');
    expect(all.body.items.map((r) => [r.record.id, r.record.state, r.progress?.change])).toEqual([
      ['RA-AUD-D', 'Allocated', 'improved'],
    ]);
    const south = await h.as<ReauditListResponse>('hos-s', 'GET', '/api/reaudits');
    expect(south.body).toEqual({ scope: 'service', items: [] });
    const refused = await h.as('tm-n1', 'GET', '/api/reaudits');
    expect(refused.status).toBe(403);
  });

  it('is cancelled, with the reason, when its case is no longer open on the register', async () => {
    at('2025-03-25');
    const audits = h.store.repo('audits');
    const e = await audits.get('AUD-E');
    if (e === null) throw new Error('no AUD-E');
    // No moderator: the grade stands once the audit is past submission.
    await audits.update(
      {
        ...e.record,
        state: 'ActionsOpen',
        overallGrade: 'Inadequate',
        submittedAt: '2025-03-25T10:00:00.000Z',
      },
      e.version,
    );
    await h.services.readModel.refresh();
    expect(await scheduleReaudits(h.services)).toEqual(['RA-AUD-E']);
    const cases = h.store.repo('cases');
    const c = await cases.get('CF-100004');
    if (c === null) throw new Error('no CF-100004');
    await cases.update({ ...c.record, open: false }, c.version);
    const next = await h.as<CycleResponse>('qa', 'POST', '/api/cycles', {
      name: 'Case file audit 2025-08-04',
      kind: 'CaseFileAudit',
      startDate: '2025-08-04',
      endDate: '2025-09-14',
      theme: '',
    });
    const nextId = next.body.cycle.record.id;
    at('2025-08-04');
    await h.services.readModel.refresh();
    expect(await scheduleReaudits(h.services)).toEqual(['RA-AUD-E']);
    const preview = await h.as<AllocationPreviewResponse>(
      'qa',
      'POST',
      `/api/cycles/${nextId}/allocation/preview`,
      rules,
    );
    expect(preview.body.explanation.reaudits).toEqual([
      'CF-100004: The case is no longer open on the register: the re-audit of AUD-E is not needed.',
    ]);
    const commit = await h.as('qa', 'POST', `/api/cycles/${nextId}/allocation/commit`, {
      ...rules,
      seed: preview.body.draw.seed,
      version: await versionOf(nextId),
    });
    expect(commit.status).toBe(200);
    expect((await h.store.repo('reaudits').get('RA-AUD-E'))?.record).toMatchObject({
      state: 'Cancelled',
      auditId: null,
      reason: 'The case is no longer open on the register: the re-audit of AUD-E is not needed.',
    });
    expect(await audits.get(`${nextId}-CF-100004`)).toBeNull();
  });

  it('a cycle may set its own weeks to a re-audit; a bad number is named', async () => {
    const timescales = {
      auditDays: 20,
      moderationDays: 30,
      actionDays: 28,
      immediateActionDays: 5,
      reauditWeeks: 6,
    };
    const body = {
      name: 'Case file audit 2026-01-05',
      kind: 'CaseFileAudit',
      startDate: '2026-01-05',
      endDate: '2026-02-15',
      theme: '',
    };
    const made = await h.as<CycleResponse>('qa', 'POST', '/api/cycles', { ...body, timescales });
    expect(made.status).toBe(201);
    expect(made.body.cycle.record.timescales.reauditWeeks).toBe(6);
    const stored = await h.store.repo('cycles').get(made.body.cycle.record.id);
    expect(stored?.record.timescales.reauditWeeks).toBe(6);
    const refused = await h.as<ApiError>('qa', 'POST', '/api/cycles', {
      ...body,
      timescales: { ...timescales, reauditWeeks: 0 },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues.map((i) => i.field)).toEqual(['timescales.reauditWeeks']);
  });
});
