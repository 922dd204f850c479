/**
 * After a disagreement is resolved at another grade, everyone who may see the grade sees the
 * grade that stands (the moderated one), with the auditor's kept beside it (issue 12, item 3).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditDetailResponse, AuditListResponse } from '../../src/contract';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const audit = (staffId: string) => h.as<AuditDetailResponse>(staffId, 'GET', '/api/audits/AUD-D');

describe('the grade that stands', () => {
  it('is the moderated grade once the disagreement is resolved, in the detail and the lists', async () => {
    const before = await audit('hos-n');
    expect(before.body.audit.standingGrade).toBe('Requires improvement to be good');
    const disagreed = await h.as<AuditDetailResponse>(
      'hos-n',
      'POST',
      '/api/audits/AUD-D/moderation',
      {
        version: before.body.audit.version,
        outcome: 'Disagreed',
        moderatedGrade: 'Inadequate',
        reasons: 'Risk not assessed.',
      },
    );
    expect(disagreed.status).toBe(200);
    // Until the learning conversation, the auditor's grade stands.
    expect(disagreed.body.audit.standingGrade).toBe('Requires improvement to be good');
    const resolved = await h.as<AuditDetailResponse>(
      'hos-n',
      'POST',
      '/api/audits/AUD-D/moderation/resolve',
      { version: disagreed.body.audit.version, learningNotes: 'Discussed in supervision.' },
    );
    expect(resolved.status).toBe(200);
    for (const who of ['hos-n', 'dir']) {
      const seen = (await audit(who)).body.audit;
      expect(seen.standingGrade).toBe('Inadequate');
      expect(seen.record.overallGrade).toBe('Requires improvement to be good');
    }
    const list = await h.as<AuditListResponse>('dir', 'GET', '/api/audits?scope=all');
    expect(list.body.items.find((a) => a.record.id === 'AUD-D')?.standingGrade).toBe('Inadequate');
  });
});
