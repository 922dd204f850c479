import { describe, expect, it } from 'vitest';
import type { Allocation } from '../records/audit';
import { aStaffMember } from './draw.fixtures';
import { preferOwnHead } from './prefer-own-head';

const allocation = (caseNumber: string, serviceAreaId: string): Allocation => ({
  cycleId: 'CYC-1',
  caseNumber,
  cohort: 'ChildInNeed',
  teamId: 't1',
  serviceAreaId,
  auditorId: 'tm1',
  workerId: 'sw1',
  teamManagerId: 'tm9',
  moderatorId: null,
  allocatedOn: '2025-03-03',
  auditDue: '2025-03-23',
  moderationDue: '2025-04-02',
});
const north = aStaffMember('hos-n', 'HeadOfService', null, { serviceAreaId: 'sa-n' });
const south = aStaffMember('hos-s', 'HeadOfService', null, { serviceAreaId: 'sa-s' });
const psw = aStaffMember('psw', 'PrincipalSocialWorker', null, { serviceAreaId: null });

describe('a moderator prefers the case’s own head of service', () => {
  it('swaps two cases so each goes to its own head, loads unchanged', () => {
    const a = allocation('CF-1', 'sa-n');
    const b = allocation('CF-2', 'sa-s');
    const result = preferOwnHead(
      new Map([
        ['CF-1', 'hos-s'],
        ['CF-2', 'hos-n'],
      ]),
      [a, b],
      [north, south],
    );
    expect([...result]).toEqual([
      ['CF-1', 'hos-n'],
      ['CF-2', 'hos-s'],
    ]);
  });

  it('moves a case to its own head only while loads stay within one', () => {
    const cases = ['CF-1', 'CF-2', 'CF-3'].map((c) => allocation(c, 'sa-n'));
    const result = preferOwnHead(
      new Map([
        ['CF-1', 'psw'],
        ['CF-2', 'hos-s'],
        ['CF-3', 'hos-n'],
      ]),
      cases,
      [north, south, psw],
    );
    const load = (id: string) => [...result.values()].filter((m) => m === id).length;
    expect([load('hos-n'), load('hos-s'), load('psw')]).toEqual([1, 1, 1]);
    expect(result.get('CF-3')).toBe('hos-n');
  });
});
