import { describe, expect, it } from 'vitest';
import type { ReauditDto } from '../../contract/reaudits';
import { mayReadReaudits, reauditStatus } from './use-reaudits';

const scheduled: ReauditDto = {
  record: {
    id: 'RA-AUD-D',
    caseNumber: 'CF-100008',
    earlierAuditId: 'AUD-D',
    earlierCycleId: 'CYC-1',
    serviceAreaId: 'svc-n',
    gradeBefore: 'Requires improvement to be good',
    gradedOn: '2025-03-25',
    dueFrom: '2025-06-17',
    targetCycleId: null,
    state: 'Scheduled',
    auditId: null,
    reason: '',
    scheduledAt: '2025-03-25T10:00:00Z',
  },
  version: '1',
  progress: null,
};
const name = (id: string) => `Cycle ${id}`;

describe('re-audits on the cycles page', () => {
  it('say whether each waits for a cycle, is in one, improved, or was cancelled and why', () => {
    expect(reauditStatus(scheduled, name)).toBe('Scheduled: waiting for a cycle to be planned');
    const into = { ...scheduled, record: { ...scheduled.record, targetCycleId: 'C3' } };
    expect(reauditStatus(into, name)).toBe('Scheduled into Cycle C3');
    const done: ReauditDto = {
      ...into,
      record: { ...into.record, state: 'Allocated', auditId: 'C3-CF-100008' },
      progress: {
        earlierAuditId: 'AUD-D',
        gradeBefore: 'Requires improvement to be good',
        gradeAfter: 'Good',
        change: 'improved',
      },
    };
    expect(reauditStatus(done, name)).toBe(
      'Re-audit of AUD-D: was Requires improvement to be good, now Good — improved',
    );
    const cancelled = {
      ...into,
      record: { ...into.record, state: 'Cancelled' as const, reason: 'The case is closed.' },
    };
    expect(reauditStatus(cancelled, name)).toBe('Cancelled: The case is closed.');
  });

  it('are shown to those who read the tracker only', () => {
    expect(mayReadReaudits('QALead')).toBe(true);
    expect(mayReadReaudits('HeadOfService')).toBe(true);
    expect(mayReadReaudits('TeamManager')).toBe(false);
    expect(mayReadReaudits('Practitioner')).toBe(false);
  });
});
