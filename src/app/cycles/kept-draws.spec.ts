import { describe, expect, it } from 'vitest';
import { drawAllocation } from '../../domain/allocation/draw';
import { aCase, aDrawInput } from '../../domain/allocation/draw.fixtures';
import { keepDraw } from '../../domain/allocation/kept-draw';
import { decodeKeptDraw } from '../../domain/allocation/kept-draw-encoding';
import { drawPartsOf, PART_LENGTH } from './kept-draws';

describe('a kept draw in parts', () => {
  it('splits a large register into parts a note column holds, which join back to the draw', () => {
    const input = aDrawInput({ register: Array.from({ length: 4000 }, (_, n) => aCase(n)) });
    const draw = drawAllocation(input);
    if (!draw.ok) throw new Error(draw.error.message);
    const kept = keepDraw(input, draw.value);
    const parts = drawPartsOf(kept);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.content.length <= PART_LENGTH && p.parts === parts.length)).toBe(
      true,
    );
    expect(parts.map((p) => p.id)).toEqual(parts.map((_, i) => `CYC-2025-3-D${String(i)}`));
    expect(decodeKeptDraw(parts.map((p) => p.content).join(''))).toEqual({ ok: true, value: kept });
  });
});
