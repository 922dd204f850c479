import { describe, expect, it } from 'vitest';
import type { Result } from '../result';
import type { AllocationDraw } from './allocation-draw';
import { drawAllocation } from './draw';
import { aCase, aDrawInput, aStaffMember, REGISTER, STAFF } from './draw.fixtures';

const drawn = (result: Result<AllocationDraw>): AllocationDraw => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const reasonFor = (draw: AllocationDraw, caseNumber: string): string | undefined =>
  draw.excluded.find((e) => e.caseNumber === caseNumber)?.reason;

describe('drawAllocation', () => {
  it('gives the same draw, seed included, for the same seed and register', () => {
    const first = drawn(drawAllocation(aDrawInput()));
    expect(drawn(drawAllocation(aDrawInput()))).toEqual(first);
    expect(first.seed).toBe(20250303);
  });

  it('draws different cases with a different seed', () => {
    const cases = (seed: number): string[] =>
      drawn(drawAllocation(aDrawInput({ seed }))).allocations.map((a) => a.caseNumber);
    expect(cases(1)).not.toEqual(cases(2));
  });

  it('is not changed by the order of the register', () => {
    const reversed = aDrawInput({ register: [...REGISTER].reverse() });
    expect(drawn(drawAllocation(reversed))).toEqual(drawn(drawAllocation(aDrawInput())));
  });

  it('draws so many cases for each active auditor', () => {
    const draw = drawn(drawAllocation(aDrawInput()));
    expect(draw.allocations).toHaveLength(8);
    expect(draw.auditorLoads).toEqual([
      { staffId: 'tm1', count: 2 },
      { staffId: 'tm2', count: 2 },
      { staffId: 'tm3', count: 2 },
      { staffId: 'tm4', count: 2 },
    ]);
  });

  it('records the timescales from the cycle start on the allocation tracker', () => {
    const [first] = drawn(drawAllocation(aDrawInput())).allocations;
    expect(first).toMatchObject({
      cycleId: 'CYC-2025-3',
      allocatedOn: '2025-03-03',
      auditDue: '2025-03-23',
      moderationDue: '2025-04-02',
    });
  });

  it('records the allocated worker and the team manager of the case team', () => {
    const draw = drawn(drawAllocation(aDrawInput({ register: [aCase(1, { teamId: 't3' })] })));
    expect(draw.allocations[0]).toMatchObject({ workerId: 'sw-1', teamManagerId: 'tm3' });
  });

  it('never gives an auditor a case of their own team', () => {
    const team = new Map(STAFF.map((s) => [s.id, s.teamId]));
    for (const a of drawn(drawAllocation(aDrawInput())).allocations) {
      expect(team.get(a.auditorId)).not.toBe(a.teamId);
    }
  });

  it('leaves out closed cases, saying so', () => {
    const register = [aCase(1, { open: false }), aCase(2)];
    const draw = drawn(drawAllocation(aDrawInput({ register })));
    expect(reasonFor(draw, 'CF-100001')).toBe('closed');
  });

  it('leaves out cases audited in the most recent cycles, naming the cycle', () => {
    const history = [
      { caseNumber: 'CF-100002', cycleId: 'CYC-2025-2', cycleStartDate: '2025-01-20' },
    ];
    const input = aDrawInput({ register: [aCase(2)], history, excludeRecentCycles: 1 });
    const draw = drawn(drawAllocation(input));
    expect(draw.excluded).toEqual([
      {
        caseNumber: 'CF-100002',
        reason: 'recently-audited',
        detail: 'Audited in cycle CYC-2025-2.',
      },
    ]);
  });

  it('leaves out a case when the only team manager manages its team', () => {
    const staff = [aStaffMember('tm1', 'TeamManager', 't1'), aStaffMember('qa', 'QALead', null)];
    const draw = drawn(drawAllocation(aDrawInput({ staff, register: [aCase(0), aCase(1)] })));
    expect(reasonFor(draw, 'CF-100000')).toBe('no-eligible-auditor');
    expect(draw.allocations.map((a) => a.caseNumber)).toEqual(['CF-100001']);
  });

  it('leaves out cases of teams it does not know and second entries of a case number', () => {
    const register = [aCase(1, { teamId: 't9' }), aCase(2), aCase(2)];
    const draw = drawn(drawAllocation(aDrawInput({ register })));
    expect(draw.excluded.map((e) => e.reason)).toEqual(['unknown-team', 'duplicate']);
  });

  it('says which eligible cases were not drawn', () => {
    const draw = drawn(drawAllocation(aDrawInput()));
    expect(draw.excluded.filter((e) => e.reason === 'not-sampled')).toHaveLength(32);
  });

  it('never draws more cases than are eligible', () => {
    const input = aDrawInput({ sampleSize: { kind: 'total', totalCases: 100 } });
    expect(drawn(drawAllocation(input)).allocations).toHaveLength(40);
  });

  it('keeps auditor loads within one even when that leaves a drawn case unallocated', () => {
    const staff = [
      aStaffMember('tm1', 'TeamManager', 't1'),
      aStaffMember('tm2', 'TeamManager', 't2'),
    ];
    const register = [1, 2, 3, 4].map((n) => aCase(n * 4, { teamId: 't1' }));
    const input = aDrawInput({ staff, register, sampleSize: { kind: 'total', totalCases: 4 } });
    const draw = drawn(drawAllocation({ ...input, moderation: { ...input.moderation, share: 0 } }));
    expect(draw.allocations.map((a) => a.auditorId)).toEqual(['tm2']);
    expect(draw.excluded.filter((e) => e.reason === 'auditor-load-limit')).toHaveLength(3);
  });

  it('shares the sample across cohorts in proportion to the register', () => {
    const input = aDrawInput({
      stratifyByCohort: true,
      sampleSize: { kind: 'total', totalCases: 10 },
    });
    // 40 cases: 14 child in need, 13 child protection, 13 looked after → 3.5, 3.25, 3.25.
    expect(drawn(drawAllocation(input)).drawnByCohort).toEqual({
      ChildInNeed: 4,
      ChildProtection: 3,
      ChildLookedAfter: 3,
    });
  });

  it('gives the moderation share of audits a moderator, balanced across moderators', () => {
    const draw = drawn(drawAllocation(aDrawInput()));
    expect(draw.moderatorShare).toMatchObject({ allocated: 8, moderated: 4, share: 0.5 });
    expect(draw.moderatorLoads.map((l) => l.count)).toEqual([1, 1, 1, 1]);
  });

  it('moderates every audit of an auditor whose agreement rate is low', () => {
    const moderation = {
      share: 0,
      lowAgreementThreshold: 0.7,
      lowAgreementShare: 1,
      auditorAgreement: { tm2: 0.5, tm3: 0.9 },
    };
    const draw = drawn(drawAllocation(aDrawInput({ moderation })));
    const moderated = draw.allocations.filter((a) => a.moderatorId !== null);
    expect(moderated.map((a) => a.auditorId)).toEqual(['tm2', 'tm2']);
    expect(draw.moderatorShare.lowAgreementAuditorIds).toEqual(['tm2']);
  });

  it('refuses to draw without an active team manager', () => {
    const result = drawAllocation(
      aDrawInput({ staff: STAFF.filter((s) => s.role !== 'TeamManager') }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { reason: 'invalid', issues: [{ field: 'staff' }] },
    });
  });

  it('refuses a moderation share when there is no active moderator', () => {
    const staff = STAFF.filter((s) => s.role === 'TeamManager');
    const result = drawAllocation(aDrawInput({ staff }));
    expect(result).toMatchObject({ ok: false, error: { reason: 'invalid' } });
  });

  it('names every field that is wrong', () => {
    const input = aDrawInput({
      seed: -1,
      excludeRecentCycles: 1.5,
      sampleSize: { kind: 'total', totalCases: -3 },
      moderation: {
        share: 2,
        lowAgreementThreshold: 0.7,
        lowAgreementShare: 1,
        auditorAgreement: {},
      },
    });
    const result = drawAllocation(input);
    expect(result.ok ? [] : result.error.issues.map((i) => i.field)).toEqual([
      'seed',
      'sampleSize.totalCases',
      'excludeRecentCycles',
      'moderation.share',
    ]);
  });
});
