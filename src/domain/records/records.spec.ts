import { describe, expect, it } from 'vitest';
import { openAction } from './action';
import { auditFromAllocation } from './audit';
import { AREAS } from './grade';

const allocation = {
  cycleId: 'CYC-1',
  caseNumber: 'CF-100234',
  cohort: 'ChildInNeed',
  teamId: 'T-1',
  serviceAreaId: 'SA-1',
  auditorId: 'S-TM',
  workerId: 'S-SW',
  teamManagerId: 'S-TM2',
  moderatorId: null,
  allocatedOn: '2025-03-03',
  auditDue: '2025-03-23',
  moderationDue: '2025-04-02',
} as const;

describe('new records', () => {
  it('allocates an audit with the allocation kept and nothing recorded in the audit tool', () => {
    const audit = auditFromAllocation('AUD-9', allocation);
    expect(audit).toMatchObject({ ...allocation, id: 'AUD-9', state: 'Allocated' });
    expect(AREAS.every((area) => audit.areas[area].grade === null)).toBe(true);
    expect(audit.overallGrade).toBeNull();
    expect(audit.submittedAt).toBeNull();
  });

  it('opens an action with no progress, evidence, review or decision', () => {
    const action = openAction({
      id: 'AUD-9-A1',
      auditId: 'AUD-9',
      cycleId: 'CYC-1',
      caseNumber: 'CF-100234',
      teamId: 'T-1',
      serviceAreaId: 'SA-1',
      description: 'Update the chronology.',
      ownerId: 'S-SW',
      immediate: true,
      dueDate: '2025-03-28',
      createdAt: '2025-03-23T10:00:00Z',
    });
    expect(action).toMatchObject({ state: 'Open', escalation: 'None', evidence: '' });
    expect(action.progress).toEqual([]);
    expect(action.closedAt).toBeNull();
  });
});
