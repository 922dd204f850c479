/**
 * A simulated year on a controllable clock: the year is generated, each cycle is allocated on
 * its start date, its audits are done, and the scheduler's job closes it then — not before. An
 * audit graded Requires improvement in each of the first two cycles is re-audited three cycles
 * later (12 weeks after its grade stood), scheduled once although two instances tick the
 * re-audit job under its lease. One cycle is closed early by the QA lead, with a reason.
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
import { leased } from '../../src/app/jobs/job-lease';
import { scheduleReaudits } from '../../src/app/jobs/schedule-reaudits';
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
/** Closes every audit of the cycle; with `ri`, the first that is not a re-audit is graded RI. */
const finishAudits = async (cycleId: string, ri = false): Promise<string | null> => {
  const audits = h.store.repo('audits');
  const all = (await audits.list({ where: { cycleId } })).sort((a, b) =>
    a.record.caseNumber.localeCompare(b.record.caseNumber),
  );
  const graded = ri ? (all.find((a) => a.record.reauditOf === undefined) ?? null) : null;
  for (const a of all) {
    await audits.update(
      {
        ...a.record,
        state: 'Closed',
        overallGrade: a === graded ? 'Requires improvement to be good' : 'Good',
        moderatedAt: h.clock.now.toISOString(),
      },
      a.version,
    );
  }
  return graded?.record.id ?? null;
};
/** Two server instances ticking the re-audit job at once, three times (a minute apart). */
const reauditJobs = () =>
  ['instance-a', 'instance-b'].map((instance) =>
    leased(h.services, instance, {
      name: 'schedule re-audits',
      everyMs: 60 * 60 * 1000,
      run: () => scheduleReaudits(h.services),
    }),
  );
const tickReaudits = async (date: string): Promise<string[]> => {
  const made: string[] = [];
  const jobs = reauditJobs();
  for (const minute of ['00', '01', '02']) {
    h.clock.now = new Date(`${date}T10:${minute}:00.000Z`);
    await h.services.readModel.refresh();
    for (const ran of await Promise.all(jobs.map((j) => j.run()))) {
      if (Array.isArray(ran)) made.push(...(ran as string[]));
    }
  }
  return made;
};

describe('a simulated year', () => {
  it('allocates each cycle on its start date and closes it once its audits are done', async () => {
    at('2026-05-25');
    const year = await h.as<CycleYearResponse>('qa', 'POST', '/api/cycles/year', {
      startDate: '2026-06-01',
    });
    const cycles = year.body.created.map((c) => c.record);
    expect(cycles).toHaveLength(9);
    const gradedRi = new Map<string, number>();
    for (const [i, c] of cycles.entries()) {
      at(c.startDate);
      await allocate(c.id);
      const audits = await h.store.repo('audits').list({ where: { cycleId: c.id } });
      expect(audits.map((a) => a.record.allocatedOn)).toEqual(audits.map(() => c.startDate));
      // Graded on a cycle's last day, due 12 weeks on: the third cycle after it, and no other.
      const reaudited = audits.filter((a) => a.record.reauditOf !== undefined);
      expect(reaudited.map((a) => gradedRi.get(a.record.reauditOf ?? ''))).toEqual(
        i === 3 ? [0] : i === 4 ? [1] : [],
      );
      expect(await closeFinishedCycles(h.services)).toEqual([]);
      // Nothing to re-audit while the grades do not stand.
      expect(await tickReaudits(c.startDate)).toEqual([]);
      at(c.endDate);
      const ri = await finishAudits(c.id, i < 2);
      if (ri !== null) gradedRi.set(ri, i);
      expect(await tickReaudits(c.endDate)).toEqual(ri === null ? [] : [`RA-${ri}`]);
      at(c.endDate);
      expect(await closeFinishedCycles(h.services)).toEqual([c.id]);
      expect((await cycle(c.id))?.record).toMatchObject({
        state: 'Closed',
        closure: { closedAt: `${c.endDate}T09:00:00.000Z`, closedBy: 'system', reason: '' },
      });
    }
    const log = await h.store.repo('auditLog').list();
    expect(log.filter((e) => e.record.action === 'cycle.close')).toHaveLength(9);
    expect(log.filter((e) => e.record.action === 'reaudit.schedule')).toHaveLength(2);
    const reaudits = (await h.store.repo('reaudits').list()).map((r) => r.record);
    expect(reaudits.map((r) => [r.targetCycleId, r.state]).sort()).toEqual([
      [cycles[3]?.id, 'Allocated'],
      [cycles[4]?.id, 'Allocated'],
    ]);
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
