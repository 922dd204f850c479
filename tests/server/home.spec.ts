/**
 * The home page's sections say what needs doing now (issue 12, items 5 and 6): an acknowledged
 * Inadequate alert leaves "Inadequate alerts needing attention"; "Audits allocated to me" lists
 * open work first, soonest due first, and no closed audit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditDetailResponse, HomeResponse } from '../../src/contract';
import { AREAS } from '../../src/domain/records';
import { anAudit } from '../../src/domain/fixtures/builders';
import { PARTIES } from './fixture';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const home = async (staffId: string) =>
  (await h.as<HomeResponse>(staffId, 'GET', '/api/home')).body;

const inadequateDraft = {
  areas: Object.fromEntries(
    AREAS.map((area) => [area, { grade: 'Inadequate', evidence: 'Seen on the file.' }]),
  ),
  overallGrade: 'Inadequate',
  rationale: 'Drift in planning.',
};

describe('the home page', () => {
  it('lists an Inadequate alert until it is acknowledged, then no longer', async () => {
    const before = await h.as<AuditDetailResponse>('tm-n2a', 'GET', '/api/audits/AUD-C');
    const submitted = await h.as<AuditDetailResponse>(
      'tm-n2a',
      'POST',
      '/api/audits/AUD-C/submit',
      {
        version: before.body.audit.version,
        draft: inadequateDraft,
        actions: [{ description: 'Strategy discussion.', ownerId: 'sw-n1b', immediate: true }],
        noActionsNeeded: false,
      },
    );
    expect(submitted.status).toBe(200);
    const alerted = await home('hos-n');
    expect(alerted.inadequateAlerts.map((a) => a.record.id)).toContain('AUD-C');
    const acknowledged = await h.as<AuditDetailResponse>(
      'hos-n',
      'POST',
      '/api/audits/AUD-C/alert/acknowledge',
      { version: submitted.body.audit.version },
    );
    expect(acknowledged.status).toBe(200);
    const after = await home('hos-n');
    expect(after.inadequateAlerts.map((a) => a.record.id)).not.toContain('AUD-C');
    expect(after.counts.inadequateAlerts).toBe(alerted.counts.inadequateAlerts - 1);
  });

  it('lists the audits allocated to me open first, soonest due first, and none closed', async () => {
    await h.store.saveAll([
      {
        kind: 'audits',
        op: 'create',
        record: anAudit({
          ...PARTIES,
          id: 'AUD-OLD',
          caseNumber: 'CF-100001',
          state: 'Closed',
          auditDue: '2024-01-10',
          closedAt: '2024-03-01T10:00:00Z',
        }),
      },
    ]);
    await h.services.readModel.refresh();
    const { allocatedToMe } = await home('tm-n2a');
    const ids = allocatedToMe.map((a) => a.record.id);
    expect(ids).not.toContain('AUD-OLD');
    expect(allocatedToMe.every((a) => a.record.state !== 'Closed')).toBe(true);
    expect(allocatedToMe.at(0)?.record.state).not.toBe('Closed');
  });
});
