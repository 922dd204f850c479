import type { KeptDraw } from '../../domain/allocation/kept-draw';
import { decodeKeptDraw, encodeKeptDraw } from '../../domain/allocation/kept-draw-encoding';
import { invalid } from '../../domain/errors';
import type { Change, DrawPart } from '../../domain/ports';
import type { Result } from '../../domain/result';
import { fail } from '../../domain/result';
import type { Services } from '../services';

/** Under the 63,999 characters a SharePoint note column holds. */
export const PART_LENGTH = 60_000;

export const drawPartId = (cycleId: string, part: number): string => `${cycleId}-D${String(part)}`;

/** The kept draw's text in parts, each keyed by cycle and part, so a retried commit makes none twice. */
export const drawPartsOf = (kept: KeptDraw): DrawPart[] => {
  const text = encodeKeptDraw(kept);
  const parts = Math.max(1, Math.ceil(text.length / PART_LENGTH));
  return Array.from({ length: parts }, (_, part) => ({
    id: drawPartId(kept.cycleId, part),
    cycleId: kept.cycleId,
    part,
    parts,
    content: text.slice(part * PART_LENGTH, (part + 1) * PART_LENGTH),
  }));
};

export const drawPartCreates = (kept: KeptDraw): Change[] =>
  drawPartsOf(kept).map((record) => ({ kind: 'drawParts', op: 'create', record }));

/**
 * The cycle's kept draw (CycleId is indexed: one request), or null when none was kept — a
 * cycle allocated before draws were kept, or not allocated yet. A part missing is named.
 */
export async function readKeptDraw(
  services: Services,
  cycleId: string,
): Promise<Result<KeptDraw> | null> {
  const parts = (await services.store.repo('drawParts').list({ where: { cycleId } }))
    .map((p) => p.record)
    .sort((a, b) => a.part - b.part);
  if (parts.length === 0) return null;
  const expected = parts[0]?.parts ?? 0;
  if (parts.length !== expected || parts.some((p, i) => p.part !== i || p.parts !== expected)) {
    return fail(
      invalid([
        {
          field: 'draw',
          message: `has ${String(parts.length)} of its ${String(expected)} parts: one has been removed or edited`,
        },
      ]),
    );
  }
  return decodeKeptDraw(parts.map((p) => p.content).join(''));
}
