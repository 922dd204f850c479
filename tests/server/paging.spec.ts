/** Every list the tab shows is paged, sorted and filtered on the server: never a whole list. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionListResponse, ApiError, AuditListResponse } from '../../src/contract';
import { anAction } from '../../src/domain/fixtures/builders';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
  const actions = Array.from({ length: 130 }, (_, i) =>
    anAction({
      id: `PG-${String(i).padStart(3, '0')}`,
      auditId: 'AUD-B',
      teamId: 'team-n1',
      serviceAreaId: 'svc-n',
      ownerId: 'sw-n1b',
      caseNumber: i % 10 === 0 ? 'CF-777001' : 'CF-100002',
      dueDate: `2025-05-${String((i % 28) + 1).padStart(2, '0')}`,
    }),
  );
  for (let i = 0; i < actions.length; i += 20) {
    await h.store.saveAll(
      actions.slice(i, i + 20).map((record) => ({ kind: 'actions', op: 'create', record })),
    );
  }
}, 60_000);
afterAll(() => h.close());

const page = (path: string) => h.as<ActionListResponse>('sw-n1b', 'GET', path);

describe('a list page', () => {
  it('carries at most the page asked for, and how many match in all', async () => {
    const first = await page('/api/actions?scope=mine&pageSize=25');
    expect(first.status).toBe(200);
    // The 130 made here and the two the fixture gives the same owner.
    expect(first.body).toMatchObject({ total: 132, page: 1, pageSize: 25 });
    expect(first.body.items).toHaveLength(25);
    const last = await page('/api/actions?scope=mine&pageSize=25&page=6');
    expect(last.body.items).toHaveLength(7);
  });

  it('is sorted on the server by a column, either way', async () => {
    const asc = await page('/api/actions?scope=mine&sort=due&order=asc&pageSize=100');
    const dates = asc.body.items.map((a) => a.record.dueDate);
    expect(dates).toEqual([...dates].sort());
    const desc = await page('/api/actions?scope=mine&sort=due&order=desc&pageSize=5');
    expect(desc.body.items.at(0)?.record.dueDate).toBe('2025-05-28');
  });

  it('is filtered on the server by the words typed', async () => {
    const found = await page('/api/actions?scope=mine&q=CF-777001');
    expect(found.body.total).toBe(13);
    expect(found.body.items.every((a) => a.record.caseNumber === 'CF-777001')).toBe(true);
  });

  it('refuses a page larger than 100 rows, naming the field', async () => {
    const big = await h.as<ApiError>('sw-n1b', 'GET', '/api/actions?scope=mine&pageSize=5000');
    expect(big.status).toBe(400);
    expect(big.body.error.issues.map((i) => i.field)).toEqual(['pageSize']);
  });

  it('reads nothing from Graph but the read model catching up', async () => {
    h.emulator.counters.reset();
    const audits = await h.as<AuditListResponse>('qa', 'GET', '/api/audits?scope=all&pageSize=10');
    expect(audits.status).toBe(200);
    const counts = h.emulator.counters.snapshot();
    expect(counts['items.list'] ?? 0).toBe(0);
    expect(counts['items.get'] ?? 0).toBe(0);
  });
});
