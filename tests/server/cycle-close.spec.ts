/**
 * A simulated year on a controllable clock: the year is generated, each cycle is allocated on
 * its start date, its audits are done, and the scheduler's job closes it then — not before. One
 * cycle is closed early by the QA lead, with a reason, naming what is still open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/contract';
import type {
  AllocationPreviewResponse,
  CycleCloseResponse,
  CycleListResponse,
  CycleYearResponse,
  TrackerResponse,
} from '../../src/contract/cycles';
import { closeFinishedCycles } from '../../src/app/jobs/close-finished-cycles';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const rules = {
  sampleSize: { kind: 'total', totalCases: 2 },
  stratifyByCohort: false,
  excludeRecentCycles: 0,
  moderation: { share: 1, lowAgreementThreshold: 0.6, lowAgreementShare: 1 },
};
const at = (date: string) => {
  h.clock.now = new Date(`${date}T09:00:00.000Z`);
};
const cycle = async (id: string) =>
  (await h.as<CycleListResponse>('qa', 'GET', '/api/cycles')).body.items.find(
    (c) => c.record.id === id,
  );
const allocate = async (id: string) => {
  const preview = await h.as<AllocationPreviewResponse>(
    'qa',
    'POST',
    `/api/cycles/${id}/allocation/preview`,
    rules,
  );
  const commit = await h.as('qa', 'POST', `/api/cycles/${id}/allocation/commit`, {
    ...rules,
    seed: preview.body.draw.seed,
    version: (await cycle(id))?.version,
  });
  expect(commit.status).toBe(200);
};
const finishAudits = async (cycleId: string) => {
  const audits = h.store.repo('audits');
  for (const a of await audits.list({ where: { cycleId } })) {
    await audits.update(
      { ...a.record, state: 'Closed', moderatedAt: h.clock.now.toISOString() },
      a.version,
    );
  }
};

describe('a simulated year', () => {
  it('allocates each cycle on its start date and closes it once its audits are done', async () => {
    at('2026-05-25');
    const year = await h.as<CycleYearResponse>('qa', 'POST', '/api/cycles/year', {
      startDate: '2026-06-01',
    });
    const cycles = year.body.created.map((c) => c.record);
    expect(cycles).toHaveLength(9);
    for (const c of cycles) {
      at(c.startDate);
      await allocate(c.id);
      const audits = await h.store.repo('audits').list({ where: { cycleId: c.id } });
      expect(audits.map((a) => a.record.allocatedOn)).toEqual(audits.map(() => c.startDate));
      expect(await closeFinishedCycles(h.services)).toEqual([]);
      at(c.endDate);
      await finishAudits(c.id);
      expect(await closeFinishedCycles(h.services)).toEqual([c.id]);
      expect((await cycle(c.id))?.record).toMatchObject({
        state: 'Closed',
        closure: { closedAt: `${c.endDate}T09:00:00.000Z`, closedBy: 'system', reason: '' },
      });
    }
    const log = await h.store.repo('auditLog').list();
    expect(log.filter((e) => e.record.action === 'cycle.close')).toHaveLength(9);
  }, 120_000);
});

describe('the QA lead closes a cycle early', () => {
  it('needs a reason while audits are open, then records it and names them', async () => {
    const before = await h.as<TrackerResponse>('qa', 'GET', '/api/cycles/CYC-1/tracker');
    expect(before.body.openInCycle).toBeGreaterThan(0);
    const version = (await cycle('CYC-1'))?.version;
    const refused = await h.as<ApiError>('qa', 'POST', '/api/cycles/CYC-1/close', {
      version,
      reason: '',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues[0]?.field).toBe('reason');
    const hos = await h.as<ApiError>('hos-n', 'POST', '/api/cycles/CYC-1/close', {
      version,
      reason: 'No.',
    });
    expect(hos.status).toBe(403);
    const closed = await h.as<CycleCloseResponse>('qa', 'POST', '/api/cycles/CYC-1/close', {
      version,
      reason: 'Two auditors on leave; their cases move to the next cycle.',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.stillOpen.length).toBe(before.body.openInCycle);
    expect(closed.body.cycle.record.closure).toMatchObject({
      closedBy: 'qa',
      reason: 'Two auditors on leave; their cases move to the next cycle.',
    });
    expect(closed.body.distribution.auditor.total).toBeGreaterThanOrEqual(0);
  });
});
