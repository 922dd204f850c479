import { describe, expect, it } from 'vitest';
import type { Allocation } from '../records/audit';
import { mulberry32 } from '../random/mulberry32';
import type { ModerationRules } from './draw-input';
import { hasLowAgreement, selectForModeration } from './moderation-sample';

const allocation = (caseNumber: string, auditorId: string): Allocation => ({
  cycleId: 'C',
  caseNumber,
  cohort: 'ChildInNeed',
  teamId: 't9',
  serviceAreaId: 'sa-1',
  auditorId,
  workerId: 'sw',
  teamManagerId: 'tm9',
  moderatorId: null,
  allocatedOn: '2025-03-03',
  auditDue: '2025-03-23',
  moderationDue: '2025-04-02',
});
const eight = ['tm1', 'tm2', 'tm3', 'tm4'].flatMap((tm) => [
  allocation(`${tm}-a`, tm),
  allocation(`${tm}-b`, tm),
]);
const rules = (overrides: Partial<ModerationRules> = {}): ModerationRules => ({
  share: 0.5,
  lowAgreementThreshold: 0.7,
  lowAgreementShare: 1,
  auditorAgreement: {},
  ...overrides,
});

describe('selectForModeration', () => {
  it('moderates every auditor once before any auditor twice', () => {
    const chosen = selectForModeration(eight, rules(), mulberry32(5));
    expect(chosen.map((a) => a.auditorId).sort()).toEqual(['tm1', 'tm2', 'tm3', 'tm4']);
  });

  it('takes the rounded share of audits', () => {
    expect(selectForModeration(eight, rules({ share: 0.3 }), mulberry32(5))).toHaveLength(2);
    expect(selectForModeration(eight, rules({ share: 0 }), mulberry32(5))).toHaveLength(0);
  });

  it('takes the larger share from auditors whose agreement rate is low', () => {
    const chosen = selectForModeration(
      eight,
      rules({ share: 0, auditorAgreement: { tm1: 0.4 } }),
      mulberry32(5),
    );
    expect(chosen.map((a) => a.caseNumber).sort()).toEqual(['tm1-a', 'tm1-b']);
  });
});

describe('hasLowAgreement', () => {
  it('treats an auditor with no agreement rate yet as not low', () => {
    expect(hasLowAgreement('tm1', rules())).toBe(false);
    expect(hasLowAgreement('tm1', rules({ auditorAgreement: { tm1: 0.7 } }))).toBe(false);
    expect(hasLowAgreement('tm1', rules({ auditorAgreement: { tm1: 0.69 } }))).toBe(true);
  });
});
