import { describe, expect, it } from 'vitest';
import { recentlyAuditedCases } from './recent-cycles';

const history = [
  { caseNumber: 'CF-1', cycleId: 'C1', cycleStartDate: '2025-01-06' },
  { caseNumber: 'CF-2', cycleId: 'C2', cycleStartDate: '2025-02-17' },
  { caseNumber: 'CF-3', cycleId: 'C3', cycleStartDate: '2025-03-31' },
  { caseNumber: 'CF-4', cycleId: 'C4', cycleStartDate: '2025-05-12' },
];
const cycle = { id: 'C4', startDate: '2025-05-12' };

describe('recentlyAuditedCases', () => {
  it('finds the cases of the most recent earlier cycles, naming the cycle', () => {
    const recent = recentlyAuditedCases(history, cycle, 2);
    expect([...recent.entries()]).toEqual([
      ['CF-2', 'C2'],
      ['CF-3', 'C3'],
    ]);
  });

  it('never counts the cycle being drawn, so a redraw keeps its own cases', () => {
    expect(recentlyAuditedCases(history, cycle, 10).has('CF-4')).toBe(false);
  });

  it('excludes nothing when asked for no cycles', () => {
    expect(recentlyAuditedCases(history, cycle, 0).size).toBe(0);
  });

  it('ignores cycles that start after the one being drawn', () => {
    const recent = recentlyAuditedCases(history, { id: 'C2', startDate: '2025-02-17' }, 5);
    expect([...recent.keys()]).toEqual(['CF-1']);
  });
});
