import type { Cycle } from '../records/cycle';
import type { AuditHistoryEntry } from './draw-input';

/**
 * Case numbers audited in the `count` most recent cycles that started before this one. The
 * cycle being drawn is never one of them, so redrawing a cycle does not exclude its own cases.
 */
export const recentlyAuditedCases = (
  history: readonly AuditHistoryEntry[],
  cycle: Pick<Cycle, 'id' | 'startDate'>,
  count: number,
): ReadonlyMap<string, string> => {
  const starts = new Map<string, string>();
  for (const entry of history) {
    if (entry.cycleId !== cycle.id && entry.cycleStartDate < cycle.startDate) {
      starts.set(entry.cycleId, entry.cycleStartDate);
    }
  }
  const recent = new Set(
    [...starts.entries()]
      .sort(([idA, a], [idB, b]) => (a === b ? (idA < idB ? 1 : -1) : a < b ? 1 : -1))
      .slice(0, Math.max(0, count))
      .map(([id]) => id),
  );
  const cases = new Map<string, string>();
  for (const entry of history) {
    if (recent.has(entry.cycleId) && !cases.has(entry.caseNumber)) {
      cases.set(entry.caseNumber, entry.cycleId);
    }
  }
  return cases;
};
