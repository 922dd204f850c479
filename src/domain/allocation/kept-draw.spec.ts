import { describe, expect, it } from 'vitest';
import type { AllocationDraw } from './allocation-draw';
import { drawAllocation } from './draw';
import { aCase, aDrawInput, REGISTER } from './draw.fixtures';
import { keepDraw } from './kept-draw';
import { decodeKeptDraw, encodeKeptDraw } from './kept-draw-encoding';
import { replayDraw } from './replay-draw';

const input = aDrawInput({
  register: [...REGISTER, aCase(3, { open: false }), aCase(50, { teamId: 't9' })],
  moderation: {
    share: 0.5,
    lowAgreementThreshold: 0.7,
    lowAgreementShare: 1,
    auditorAgreement: { tm2: 0.5 },
  },
  history: [{ caseNumber: 'CF-100001', cycleId: 'CYC-2025-2', cycleStartDate: '2025-01-20' }],
  excludeRecentCycles: 1,
});
const drawn = (): AllocationDraw => {
  const result = drawAllocation(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const replayed = (kept: ReturnType<typeof keepDraw>) => {
  const result = replayDraw(kept);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('a kept draw', () => {
  it('replays to the same allocations and exclusions', () => {
    const draw = drawn();
    const replay = replayed(keepDraw(input, draw));
    expect(replay).toMatchObject({ matches: true, allocations: draw.allocations.length });
    expect(replay.differences).toEqual([]);
  });

  it('keeps only the fields the draw reads: no staff name or sign-in id', () => {
    const text = encodeKeptDraw(keepDraw(input, drawn()));
    expect(text).not.toContain('oid-');
    expect(text).not.toContain('displayName');
  });

  it('reads back from its compact text exactly as it was kept', () => {
    const kept = keepDraw(input, drawn());
    const decoded = decodeKeptDraw(encodeKeptDraw(kept));
    expect(decoded).toEqual({ ok: true, value: kept });
  });

  it('names every difference when the kept result is not what the draw gives', () => {
    const draw = drawn();
    const [first, ...rest] = draw.allocations;
    const tampered = keepDraw(input, {
      ...draw,
      allocations: [{ ...first, auditorId: 'tm-other' }, ...rest.slice(1)],
    });
    const replay = replayed(tampered);
    expect(replay.matches).toBe(false);
    expect(replay.differences).toContainEqual({
      caseNumber: first.caseNumber,
      field: 'auditorId',
      kept: 'tm-other',
      replayed: first.auditorId,
    });
    expect(replay.differences.map((d) => d.field)).toContain('allocated');
  });

  it('says plainly when its text has been damaged', () => {
    const decoded = decodeKeptDraw('{"format":1');
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error.issues[0]?.field).toBe('draw');
  });
});
