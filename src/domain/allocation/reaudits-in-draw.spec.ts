import { describe, expect, it } from 'vitest';
import { reauditsAfterDraw } from '../reaudits/reaudit-outcomes';
import type { Reaudit } from '../reaudits/reaudit';
import type { AllocationDraw } from './allocation-draw';
import { drawAllocation } from './draw';
import type { DrawInput } from './draw-input';
import { aCase, aDrawInput, REGISTER } from './draw.fixtures';
import { explainDraw } from './explain-draw';
import { keepDraw } from './kept-draw';
import { decodeKeptDraw, encodeKeptDraw } from './kept-draw-encoding';
import { replayDraw } from './replay-draw';

const drawn = (input: DrawInput): AllocationDraw => {
  const result = drawAllocation(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const withReaudits = aDrawInput({
  register: [...REGISTER, aCase(60, { open: false })],
  sampleSize: { kind: 'total', totalCases: 6 },
  history: [{ caseNumber: 'CF-100005', cycleId: 'CYC-2025-2', cycleStartDate: '2025-01-20' }],
  excludeRecentCycles: 1,
  reaudits: [
    { caseNumber: 'CF-100005', earlierAuditId: 'AUD-5' },
    { caseNumber: 'CF-100060', earlierAuditId: 'AUD-60' },
    { caseNumber: 'CF-100099', earlierAuditId: 'AUD-99' },
  ],
});

describe('re-audits in the draw', () => {
  it('a due re-audit is allocated first, even when audited recently, and counts towards the sample', () => {
    const draw = drawn(withReaudits);
    expect(draw.allocations).toHaveLength(6);
    expect(draw.allocations.find((a) => a.caseNumber === 'CF-100005')?.reauditOf).toBe('AUD-5');
    expect(draw.allocations.filter((a) => a.reauditOf !== undefined)).toHaveLength(1);
    expect(draw.reaudits.map((r) => [r.caseNumber, r.outcome])).toEqual([
      ['CF-100005', 'allocated'],
      ['CF-100060', 'not-open'],
      ['CF-100099', 'not-open'],
    ]);
    expect(draw.excluded.find((e) => e.caseNumber === 'CF-100060')?.detail).toBe(
      'The case is closed. Its re-audit of AUD-60 is not needed.',
    );
  });

  it('the preview says which case is a re-audit, and why a re-audit is not made', () => {
    const draw = drawn(withReaudits);
    const explained = explainDraw(draw, withReaudits.moderation, withReaudits.staff);
    const reaudit = explained.cases.find((c) => c.caseNumber === 'CF-100005');
    expect(reaudit?.reauditOf).toBe('AUD-5');
    expect(reaudit?.detail).toMatch(/^Re-audit of AUD-5, allocated first\./);
    expect(explained.reaudits).toEqual([
      'CF-100005 is allocated first, as the re-audit of AUD-5.',
      'CF-100060: The case is no longer open on the register: the re-audit of AUD-60 is not needed.',
      'CF-100099: The case is no longer open on the register: the re-audit of AUD-99 is not needed.',
    ]);
  });

  it('a draw without re-audits is unchanged by them', () => {
    const plain = aDrawInput();
    expect(drawn({ ...plain, reaudits: [] })).toEqual(drawn(plain));
    expect(drawn(plain).reaudits).toEqual([]);
  });

  it('a kept draw with re-audits replays to the same allocation', () => {
    const draw = drawn(withReaudits);
    const decoded = decodeKeptDraw(encodeKeptDraw(keepDraw(withReaudits, draw)));
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.value.reaudits).toHaveLength(3);
    expect(decoded.value.allocations.find((a) => a.caseNumber === 'CF-100005')?.reauditOf).toBe(
      'AUD-5',
    );
    const replay = replayDraw(decoded.value);
    expect(replay.ok && replay.value).toMatchObject({ matches: true, differenceCount: 0 });
    const without = replayDraw({ ...decoded.value, reaudits: [] });
    expect(without.ok && without.value.matches).toBe(false);
  });

  it('a draw kept before re-audits (no reaudits field) still replays', () => {
    const plain = aDrawInput();
    const text = encodeKeptDraw(keepDraw(plain, drawn(plain)));
    expect(JSON.parse(text)).not.toHaveProperty('reaudits');
    const decoded = decodeKeptDraw(text);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(decoded.value.reaudits).toEqual([]);
    const replay = replayDraw(decoded.value);
    expect(replay.ok && replay.value.matches).toBe(true);
  });

  it('after the commit: allocated ones link to their audit, closed cases cancel, the rest wait', () => {
    const scheduled = (id: string, caseNumber: string): Reaudit => ({
      id: `RA-${id}`,
      caseNumber,
      earlierAuditId: id,
      earlierCycleId: 'CYC-2025-1',
      serviceAreaId: 'sa-1',
      gradeBefore: 'Inadequate',
      gradedOn: '2024-12-01',
      dueFrom: '2025-02-23',
      targetCycleId: 'CYC-2025-3',
      state: 'Scheduled',
      auditId: null,
      reason: '',
      scheduledAt: '2024-12-01T10:00:00Z',
    });
    const after = reauditsAfterDraw(
      [scheduled('AUD-5', 'CF-100005'), scheduled('AUD-60', 'CF-100060')],
      drawn(withReaudits).reaudits,
      'CYC-2025-3',
      (c) => `CYC-2025-3-${c}`,
    );
    expect(after.map((r) => [r.id, r.state, r.auditId])).toEqual([
      ['RA-AUD-5', 'Allocated', 'CYC-2025-3-CF-100005'],
      ['RA-AUD-60', 'Cancelled', null],
    ]);
    expect(after[1]?.reason).toMatch(/no longer open on the register/);
  });
});
