import type { Allocation } from '../records/audit';
import type { Result } from '../result';
import { ok } from '../result';
import type { Exclusion } from './allocation-draw';
import { drawAllocation } from './draw';
import type { KeptDraw } from './kept-draw';
import { keptInput } from './kept-draw';

/** One way the replayed draw differs from the kept one, for one case. */
export interface DrawDifference {
  readonly caseNumber: string;
  /** The allocation's field, or 'allocated' / 'exclusion' when the case is in one and not the other. */
  readonly field: string;
  readonly kept: string | null;
  readonly replayed: string | null;
}

export interface DrawReplay {
  readonly matches: boolean;
  /** Allocations in the kept draw. */
  readonly allocations: number;
  readonly exclusions: number;
  /** At most `limit` of them, in case-number order; `differenceCount` says how many in all. */
  readonly differences: readonly DrawDifference[];
  readonly differenceCount: number;
}

const FIELDS = [
  'cohort',
  'teamId',
  'serviceAreaId',
  'auditorId',
  'workerId',
  'teamManagerId',
  'moderatorId',
  'allocatedOn',
  'auditDue',
  'moderationDue',
] as const satisfies readonly (keyof Allocation)[];

/** A case's exclusions as words (a duplicate case number can have two), in a stable order. */
const exclusionsByCase = (excluded: readonly Exclusion[]): Map<string, string> => {
  const by = new Map<string, string[]>();
  for (const e of excluded)
    by.set(e.caseNumber, [...(by.get(e.caseNumber) ?? []), e.reason + ': ' + e.detail]);
  return new Map([...by].map(([c, texts]) => [c, texts.sort().join('; ')]));
};

/** Every difference between the kept and replayed results, case by case. */
export const compareDraws = (
  kept: Pick<KeptDraw, 'allocations' | 'excluded'>,
  replayed: Pick<KeptDraw, 'allocations' | 'excluded'>,
): DrawDifference[] => {
  const keptBy = new Map(kept.allocations.map((a) => [a.caseNumber, a]));
  const replayedBy = new Map(replayed.allocations.map((a) => [a.caseNumber, a]));
  const keptOut = exclusionsByCase(kept.excluded);
  const replayedOut = exclusionsByCase(replayed.excluded);
  const cases = [...new Set([...keptBy.keys(), ...replayedBy.keys(), ...keptOut.keys()])];
  for (const c of replayedOut.keys()) if (!keptOut.has(c)) cases.push(c);
  const differences: DrawDifference[] = [];
  for (const caseNumber of [...new Set(cases)].sort()) {
    const a = keptBy.get(caseNumber);
    const b = replayedBy.get(caseNumber);
    if (a === undefined || b === undefined) {
      if (a !== b) {
        differences.push({
          caseNumber,
          field: 'allocated',
          kept: a === undefined ? null : 'allocated',
          replayed: b === undefined ? null : 'allocated',
        });
      }
    } else {
      for (const field of FIELDS) {
        if (a[field] !== b[field]) {
          differences.push({ caseNumber, field, kept: a[field], replayed: b[field] });
        }
      }
      const [x, y] = [a.reauditOf ?? null, b.reauditOf ?? null];
      if (x !== y) differences.push({ caseNumber, field: 'reauditOf', kept: x, replayed: y });
    }
    const x = keptOut.get(caseNumber) ?? null;
    const y = replayedOut.get(caseNumber) ?? null;
    if (x !== y) differences.push({ caseNumber, field: 'exclusion', kept: x, replayed: y });
  }
  return differences;
};

/**
 * Runs the pure draw again on the kept input — the same seed, rules and register snapshot, so
 * later changes to the register do not matter — and says whether it gives the kept result.
 */
export const replayDraw = (kept: KeptDraw, limit = 50): Result<DrawReplay> => {
  const replayed = drawAllocation(keptInput(kept));
  if (!replayed.ok) return replayed;
  const differences = compareDraws(kept, replayed.value);
  return ok({
    matches: differences.length === 0,
    allocations: kept.allocations.length,
    exclusions: kept.excluded.length,
    differences: differences.slice(0, limit),
    differenceCount: differences.length,
  });
};
