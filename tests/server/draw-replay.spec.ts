/** A committed draw is kept and replays to the same allocation, whatever the register does after. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AllocationCommitResponse,
  AllocationPreviewResponse,
  CycleListResponse,
  DrawReplayResponse,
  KeptDrawResponse,
} from '../../src/contract/cycles';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const rules = {
  sampleSize: { kind: 'total', totalCases: 4 },
  stratifyByCohort: true,
  excludeRecentCycles: 1,
  moderation: { share: 0.5, lowAgreementThreshold: 0.6, lowAgreementShare: 1 },
};

describe('a committed draw', () => {
  let committed: AllocationCommitResponse;

  beforeAll(async () => {
    const cycles = await h.as<CycleListResponse>('qa', 'GET', '/api/cycles');
    const version = cycles.body.items.find((c) => c.record.id === 'CYC-2')?.version;
    const preview = await h.as<AllocationPreviewResponse>(
      'qa',
      'POST',
      '/api/cycles/CYC-2/allocation/preview',
      rules,
    );
    expect(preview.body.explanation.summary).toMatch(/^You asked for 50% moderated; /);
    expect(preview.body.explanation.cases.map((c) => c.caseNumber)).toEqual(
      preview.body.draw.allocations.map((a) => a.caseNumber),
    );
    const commit = await h.as<AllocationCommitResponse>(
      'qa',
      'POST',
      '/api/cycles/CYC-2/allocation/commit',
      { ...rules, seed: preview.body.draw.seed, version },
    );
    expect(commit.status).toBe(200);
    committed = commit.body;
  });

  it('is kept with its seed, rules, register snapshot, exclusions and result', async () => {
    const kept = await h.as<KeptDrawResponse>('qa', 'GET', '/api/cycles/CYC-2/draw');
    expect(kept.status).toBe(200);
    const { draw } = kept.body;
    expect(draw.seed).toBe(committed.draw.seed);
    expect(draw.rules.sampleSize).toEqual(rules.sampleSize);
    expect(draw.allocations).toEqual(committed.draw.allocations);
    expect(draw.excluded).toEqual(committed.draw.excluded);
    expect(draw.register.map((c) => c.caseNumber)).toContain('CF-100001');
    expect(Object.keys(draw.register[0] ?? {}).sort()).toEqual([
      'allocatedWorkerId',
      'caseNumber',
      'cohort',
      'open',
      'serviceAreaId',
      'teamId',
    ]);
    expect(JSON.stringify(draw)).not.toContain('Mo Quality');
  });

  it('replays to the same allocation', async () => {
    const replay = await h.as<DrawReplayResponse>('qa', 'POST', '/api/cycles/CYC-2/draw/replay');
    expect(replay.status).toBe(200);
    expect(replay.body.replay).toMatchObject({
      matches: true,
      allocations: committed.draw.allocations.length,
      differences: [],
    });
  });

  it('still replays to the same allocation after the register changes: it uses the snapshot', async () => {
    const cases = h.store.repo('cases');
    const first = await cases.get('CF-100001');
    if (first === null) throw new Error('fixture case missing');
    await cases.update({ ...first.record, open: false }, first.version);
    await cases.create({ ...first.record, caseNumber: 'CF-100099', teamId: 'team-s1' });
    const replay = await h.as<DrawReplayResponse>('psw', 'POST', '/api/cycles/CYC-2/draw/replay');
    expect(replay.body.replay.matches).toBe(true);
  });

  it('is refused to those who do not read the whole service, and missing before commit', async () => {
    const tm = await h.as('tm-n1', 'GET', '/api/cycles/CYC-2/draw');
    expect(tm.status).toBe(403);
    const hos = await h.as('hos-n', 'POST', '/api/cycles/CYC-2/draw/replay');
    expect(hos.status).toBe(403);
    const none = await h.as('qa', 'GET', '/api/cycles/CYC-1/draw');
    expect(none.status).toBe(404);
  });

  it('logs a reallocation when an auditor is away, by command, field names only', async () => {
    const audits = await h.store.repo('audits').list({ where: { cycleId: 'CYC-2' } });
    const [first] = audits;
    const other = ['tm-n1', 'tm-n2a', 'tm-n2b', 'tm-s1'].find(
      (id) => id !== first.record.auditorId && !first.record.teamId.endsWith(id.slice(3, 5)),
    );
    const moved = await h.as('qa', 'POST', `/api/audits/${first.record.id}/reallocate`, {
      version: first.version,
      auditorId: other,
    });
    expect(moved.status).toBe(200);
    await h.services.auditLog.flush();
    const entries = await h.store.repo('auditLog').list({ where: { action: 'audit.reallocate' } });
    const entry = entries.find((e) => e.record.record === `audit:${first.record.id}`)?.record;
    expect(entry?.outcome).toBe('ok');
    expect(entry?.changedFields).toContain('auditorId');
  });
});
