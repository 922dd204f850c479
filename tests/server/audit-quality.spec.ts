/**
 * The audit of audits (issue 14) through the API on the emulator: the moderator scores the
 * quality of a submitted audit apart from agreeing with its grade, may re-score it until the
 * audit closes; the QA lead may too; no one else. Each auditor reads their own scores and
 * agreement cycle by cycle, never another's; the QA lead may name an auditor. Logged with field
 * names only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, AuditDetailResponse, AuditQualityResponse } from '../../src/contract';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const B = '/api/audits/AUD-B';
const SCORES = {
  evidenceCited: 'Met',
  childsVoiceConsidered: 'PartlyMet',
  rationaleWeighedImpact: 'NotMet',
  actionsSpecific: 'Met',
} as const;

type Answer = AuditDetailResponse & Partial<ApiError>;
const versionOf = async (): Promise<string> =>
  (await h.as<AuditDetailResponse>('hos-n', 'GET', B)).body.audit.version;
const score = async (as: string, scores: object = SCORES, version?: string) =>
  h.as<Answer>(as, 'POST', `${B}/moderation/quality`, {
    version: version ?? (await versionOf()),
    scores,
  });

describe('scoring the quality of an audit', () => {
  it('is offered to the moderator of a submitted audit, and not to its auditor', async () => {
    expect((await h.as<AuditDetailResponse>('hos-n', 'GET', B)).body.audit.allowed).toContain(
      'scoreAuditQuality',
    );
    expect((await h.as<AuditDetailResponse>('tm-n2a', 'GET', B)).body.audit.allowed).not.toContain(
      'scoreAuditQuality',
    );
  });

  it.each(['tm-n2a', 'hos-n2', 'psw'])(
    'is refused to %s, who is not its moderator',
    async (who) => {
      const answer = await score(who);
      expect([answer.status, answer.body.error?.code]).toEqual([403, 'forbidden']);
    },
  );

  it('names each criterion left unscored or scored off the rubric', async () => {
    const answer = await score('hos-n', { evidenceCited: 'Met', childsVoiceConsidered: 'Yes' });
    expect(answer.status).toBe(400);
    const fields = (answer.body.error?.issues ?? []).map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'scores.childsVoiceConsidered',
        'scores.rationaleWeighedImpact',
        'scores.actionsSpecific',
      ]),
    );
  });

  it('the moderator scores it before moderating: a pending moderation holds the score', async () => {
    const before = h.events.length;
    const answer = await score('hos-n');
    expect([answer.status, answer.body.error?.message]).toEqual([200, undefined]);
    expect(answer.body.audit.record.state).toBe('Submitted');
    expect(answer.body.moderation?.record).toMatchObject({
      state: 'Pending',
      auditQuality: { scores: SCORES, scoredById: 'hos-n' },
    });
    expect(h.events.slice(before).map((e) => e.kind)).toEqual(['AuditQualityScored']);
  });

  it('a stale version is a conflict', async () => {
    const answer = await score('hos-n', SCORES, 'stale-version');
    expect(answer.status).toBe(409);
  });

  it('agreeing with the grade afterwards keeps the score, and the QA lead may re-score', async () => {
    const agreed = await h.as<Answer>('hos-n', 'POST', `${B}/moderation`, {
      version: await versionOf(),
      outcome: 'Agreed',
      reasons: '',
    });
    expect([agreed.status, agreed.body.error?.message]).toEqual([200, undefined]);
    expect(agreed.body.moderation?.record.auditQuality?.scores).toEqual(SCORES);
    const rescored = await score('qa', { ...SCORES, rationaleWeighedImpact: 'Met' });
    expect([rescored.status, rescored.body.error?.message]).toEqual([200, undefined]);
    expect(rescored.body.moderation?.record).toMatchObject({
      state: 'Agreed',
      auditQuality: { scores: { rationaleWeighedImpact: 'Met' }, scoredById: 'qa' },
    });
  });

  it('is logged with the names of the fields, never the scores', async () => {
    await h.services.auditLog.flush();
    const entries = (await h.store.repo('auditLog').list()).map((e) => e.record);
    const scored = entries.filter(
      (e) => e.action === 'moderation.scoreQuality' && e.record === 'audit:AUD-B',
    );
    expect(scored.length).toBeGreaterThan(0);
    const text = JSON.stringify(scored);
    expect(text).toContain('moderation.auditQuality');
    for (const value of ['PartlyMet', 'NotMet']) expect(text).not.toContain(value);
  });
});

describe('my audit quality', () => {
  const mine = (as: string, auditorId: string | null = null) =>
    h.as<AuditQualityResponse & Partial<ApiError>>(
      as,
      'GET',
      `/api/me/audit-quality${auditorId === null ? '' : `?auditorId=${auditorId}`}`,
    );

  it('shows the auditor their own scores and agreement, cycle by cycle, small groups as counts', async () => {
    const answer = await mine('tm-n2a');
    expect(answer.status).toBe(200);
    expect(answer.body.auditorId).toBe('tm-n2a');
    expect(answer.body.cycles).toEqual([
      expect.objectContaining({
        cycleId: 'CYC-1',
        scored: 1,
        agreement: { count: 1, of: 1, small: true, text: '1 of 1 (small group)' },
      }),
    ]);
    expect(answer.body.cycles[0]?.met.rationaleWeighedImpact.text).toBe('1 of 1 (small group)');
    expect(answer.body.audits).toEqual([
      expect.objectContaining({ auditId: 'AUD-B', caseNumber: 'CF-100002', cycleId: 'CYC-1' }),
    ]);
  });

  it("another auditor sees only their own, and may not ask for someone else's", async () => {
    const own = await mine('tm-n1');
    expect([own.status, own.body.auditorId, own.body.audits]).toEqual([200, 'tm-n1', []]);
    const other = await mine('tm-n1', 'tm-n2a');
    expect([other.status, other.body.error?.code]).toEqual([403, 'forbidden']);
  });

  it('the QA lead may name an auditor', async () => {
    const answer = await mine('qa', 'tm-n2a');
    expect(answer.status).toBe(200);
    expect(answer.body.audits.map((a) => a.auditId)).toEqual(['AUD-B']);
  });

  it('any other query parameter is named in a 400', async () => {
    const answer = await h.as<Partial<ApiError>>('tm-n2a', 'GET', '/api/me/audit-quality?x=1');
    expect(answer.status).toBe(400);
  });
});
