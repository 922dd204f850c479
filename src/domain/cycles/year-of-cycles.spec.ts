import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMESCALES } from '../records/cycle';
import { cycleNameFor, yearOfCycles } from './year-of-cycles';

describe('a year of six-weekly cycles', () => {
  const year = yearOfCycles('2025-04-07');

  it('starts a cycle every six weeks for a year, nine in all', () => {
    expect(year.map((c) => c.startDate)).toEqual([
      '2025-04-07',
      '2025-05-19',
      '2025-06-30',
      '2025-08-11',
      '2025-09-22',
      '2025-11-03',
      '2025-12-15',
      '2026-01-26',
      '2026-03-09',
    ]);
  });

  it('gives each cycle six weeks, the default timescales, and a name and id from its dates', () => {
    expect(year[0]).toEqual({
      id: 'CYC-2025-04-07',
      name: 'Case file audit, 7 Apr 2025 to 18 May 2025',
      kind: 'CaseFileAudit',
      state: 'Planned',
      startDate: '2025-04-07',
      endDate: '2025-05-18',
      timescales: DEFAULT_TIMESCALES,
      theme: '',
      seed: null,
      closure: null,
    });
    for (const [i, c] of year.slice(1).entries()) {
      expect(c.startDate > (year[i]?.endDate ?? '')).toBe(true);
    }
  });

  it('is the same year whenever it is generated', () => {
    expect(yearOfCycles('2025-04-07')).toEqual(year);
    expect(cycleNameFor('2025-12-15', '2026-01-25')).toBe(
      'Case file audit, 15 Dec 2025 to 25 Jan 2026',
    );
  });
});
