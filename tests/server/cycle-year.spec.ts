/** A year of six-weekly cycles, generated once, and a planned cycle's dates and timescales edited. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/contract';
import type {
  CycleListResponse,
  CycleResponse,
  CycleYearResponse,
} from '../../src/contract/cycles';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const timescales = { auditDays: 15, moderationDays: 25, actionDays: 28, immediateActionDays: 5 };

describe('generating the year', () => {
  it('plans nine six-weekly cycles named by their dates, and none twice', async () => {
    const first = await h.as<CycleYearResponse>('qa', 'POST', '/api/cycles/year', {
      startDate: '2025-06-02',
    });
    expect(first.status).toBe(201);
    expect(first.body.created.map((c) => c.record.id)).toEqual([
      'CYC-2025-06-02',
      'CYC-2025-07-14',
      'CYC-2025-08-25',
      'CYC-2025-10-06',
      'CYC-2025-11-17',
      'CYC-2025-12-29',
      'CYC-2026-02-09',
      'CYC-2026-03-23',
      'CYC-2026-05-04',
    ]);
    expect(first.body.created[0]?.record.name).toBe('Case file audit, 2 Jun 2025 to 13 Jul 2025');
    const again = await h.as<CycleYearResponse>('qa', 'POST', '/api/cycles/year', {
      startDate: '2025-06-02',
    });
    expect(again.body.created).toEqual([]);
    const list = await h.as<CycleListResponse>('qa', 'GET', '/api/cycles');
    expect(list.body.items.filter((c) => c.record.id.startsWith('CYC-2025-'))).toHaveLength(6);
  });

  it('is the QA lead’s alone, and names a bad date', async () => {
    const tm = await h.as<ApiError>('tm-n1', 'POST', '/api/cycles/year', {
      startDate: '2025-06-02',
    });
    expect(tm.status).toBe(403);
    const bad = await h.as<ApiError>('qa', 'POST', '/api/cycles/year', { startDate: '2025-13-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0]?.field).toBe('startDate');
  });
});

describe('editing a planned cycle', () => {
  it('moves its dates and timescales, renaming a cycle named by its dates', async () => {
    const list = await h.as<CycleListResponse>('qa', 'GET', '/api/cycles');
    const planned = list.body.items.find((c) => c.record.id === 'CYC-2025-07-14');
    const edited = await h.as<CycleResponse>('qa', 'PUT', '/api/cycles/CYC-2025-07-14', {
      version: planned?.version,
      startDate: '2025-07-21',
      endDate: '2025-08-31',
      timescales,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.cycle.record).toMatchObject({
      startDate: '2025-07-21',
      name: 'Case file audit, 21 Jul 2025 to 31 Aug 2025',
      timescales,
    });
  });

  it('refuses to move an allocated cycle', async () => {
    const list = await h.as<CycleListResponse>('qa', 'GET', '/api/cycles');
    const allocated = list.body.items.find((c) => c.record.id === 'CYC-1');
    const refused = await h.as<ApiError>('qa', 'PUT', '/api/cycles/CYC-1', {
      version: allocated?.version,
      startDate: '2025-03-10',
      endDate: '2025-04-20',
      timescales,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/allocated/);
  });
});
