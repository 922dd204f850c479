import { describe, expect, it } from 'vitest';
import type { Allocation } from '../records/audit';
import { STAFF } from './draw.fixtures';
import { reallocate } from './reallocate';

const allocation: Allocation = {
  cycleId: 'CYC-2025-3',
  caseNumber: 'CF-100001',
  cohort: 'ChildInNeed',
  teamId: 't2',
  serviceAreaId: 'sa-1',
  auditorId: 'tm1',
  workerId: 'sw-1',
  teamManagerId: 'tm2',
  moderatorId: 'hos1',
  allocatedOn: '2025-03-03',
  auditDue: '2025-03-23',
  moderationDue: '2025-04-02',
};

const issuesOf = (newAuditorId: string, staff = STAFF): string[] => {
  const result = reallocate(allocation, newAuditorId, staff);
  return result.ok ? [] : result.error.issues.map((i) => i.message);
};

describe('reallocate', () => {
  it('gives the audit to an active team manager of another team', () => {
    expect(reallocate(allocation, 'tm3', STAFF)).toEqual({
      ok: true,
      value: { ...allocation, auditorId: 'tm3' },
    });
  });

  it("refuses a team manager of the case's own team", () => {
    expect(issuesOf('tm2')).toEqual([
      "choose a team manager from another team: an auditor never audits their own team's case",
    ]);
  });

  it('refuses someone who is not an active team manager', () => {
    expect(issuesOf('tm-left')).toContain('they no longer work here: choose someone active');
    expect(issuesOf('psw')).toContain('auditors are team managers: choose one');
  });

  it('refuses the current auditor and the moderator', () => {
    expect(issuesOf('tm1')).toEqual(['they are already the auditor: choose someone else']);
    const moderatedByTm3 = reallocate({ ...allocation, moderatorId: 'tm3' }, 'tm3', STAFF);
    expect(moderatedByTm3.ok ? [] : moderatedByTm3.error.issues.map((i) => i.message)).toEqual([
      "they moderate this audit: choose someone who doesn't",
    ]);
  });

  it('says when the staff member is not known', () => {
    expect(reallocate(allocation, 'nobody', STAFF)).toMatchObject({
      ok: false,
      error: { reason: 'not-found' },
    });
  });
});
