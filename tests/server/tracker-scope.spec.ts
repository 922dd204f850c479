/**
 * A head of service opening another service's cycle (a dip sample with audits elsewhere) is told
 * why their tracker is empty, not "Nothing allocated yet" (issue 12, item 7).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrackerResponse } from '../../src/contract';
import { AUDITS } from './fixture';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

describe('the allocation tracker', () => {
  it("says how many of the cycle's audits are elsewhere when none is in the reader's service", async () => {
    const inCycle = AUDITS.filter((a) => a.cycleId === 'CYC-1').length;
    const south = await h.as<TrackerResponse>('hos-s', 'GET', '/api/cycles/CYC-1/tracker');
    expect(south.status).toBe(200);
    expect(south.body).toMatchObject({ scope: 'service', allocatedInCycle: inCycle });
    expect(south.body.total).toBeLessThan(inCycle);
    const qa = await h.as<TrackerResponse>('qa', 'GET', '/api/cycles/CYC-1/tracker');
    expect(qa.body).toMatchObject({ scope: 'all', allocatedInCycle: inCycle, total: inCycle });
  });
});
