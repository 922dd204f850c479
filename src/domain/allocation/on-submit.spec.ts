import { describe, expect, it } from 'vitest';
import { aStaffMember, STAFF } from './draw.fixtures';
import { moderationRequiredOnSubmit, pickModerator } from './on-submit';

const allocation = {
  cycleId: 'CYC-2025-3',
  caseNumber: 'CF-100001',
  auditorId: 'tm1',
  serviceAreaId: 'sa-elsewhere',
};

describe('moderationRequiredOnSubmit', () => {
  it('requires a moderator for an Inadequate or Outstanding audit that was not sampled', () => {
    expect(moderationRequiredOnSubmit('Inadequate', { moderatorId: null })).toBe(true);
    expect(moderationRequiredOnSubmit('Outstanding', { moderatorId: null })).toBe(true);
  });

  it('adds no moderator to Good or Requires improvement audits that were not sampled', () => {
    expect(moderationRequiredOnSubmit('Good', { moderatorId: null })).toBe(false);
    expect(
      moderationRequiredOnSubmit('Requires improvement to be good', { moderatorId: null }),
    ).toBe(false);
  });

  it('adds no second moderator when one was allocated', () => {
    expect(moderationRequiredOnSubmit('Inadequate', { moderatorId: 'hos1' })).toBe(false);
  });

  it('follows the grades the service chooses to always moderate', () => {
    const rules = { alwaysModerated: ['Inadequate'] as const };
    expect(moderationRequiredOnSubmit('Outstanding', { moderatorId: null }, rules)).toBe(false);
  });
});

describe('pickModerator', () => {
  it('picks the active moderator with the fewest moderations', () => {
    const loads = [
      { staffId: 'hos1', count: 3 },
      { staffId: 'hos2', count: 3 },
      { staffId: 'psw', count: 1 },
      { staffId: 'qa', count: 2 },
    ];
    expect(pickModerator(allocation, STAFF, loads)).toEqual({ ok: true, value: 'psw' });
  });

  it('picks the same moderator for the same audit every time', () => {
    const first = pickModerator(allocation, STAFF, []);
    expect(pickModerator(allocation, [...STAFF].reverse(), [])).toEqual(first);
  });

  it('never picks an inactive moderator or the auditor', () => {
    const staff = [
      aStaffMember('hos1', 'HeadOfService', null, { active: false }),
      aStaffMember('qa', 'QALead', null),
    ];
    expect(pickModerator({ ...allocation, auditorId: 'qa' }, staff, [])).toMatchObject({
      ok: false,
    });
    expect(pickModerator(allocation, staff, [])).toEqual({ ok: true, value: 'qa' });
  });

  it('prefers the head of the case’s own service among the least busy, never a busier one', () => {
    const staff = [
      aStaffMember('hos-own', 'HeadOfService', null, { serviceAreaId: 'sa-own' }),
      aStaffMember('hos-other', 'HeadOfService', null, { serviceAreaId: 'sa-other' }),
      aStaffMember('psw', 'PrincipalSocialWorker', null, { serviceAreaId: null }),
    ];
    const own = { ...allocation, serviceAreaId: 'sa-own' };
    for (const caseNumber of ['CF-100001', 'CF-100002', 'CF-100003', 'CF-100004']) {
      expect(pickModerator({ ...own, caseNumber }, staff, [])).toEqual({
        ok: true,
        value: 'hos-own',
      });
    }
    const busier = [
      { staffId: 'hos-own', count: 2 },
      { staffId: 'hos-other', count: 1 },
    ];
    expect(pickModerator(own, staff, busier)).toEqual({ ok: true, value: 'psw' });
  });
});
