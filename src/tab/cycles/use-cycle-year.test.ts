import { describe, expect, it } from 'vitest';
import type { CycleDto } from '../../contract/cycles';
import { yearOfCycles } from '../../domain/cycles/year-of-cycles';
import { parseReauditWeeks, yearSentence } from './use-cycle-year';

const dto = (record: CycleDto['record']): CycleDto => ({
  record,
  version: '1',
  flags: [],
  names: {},
  allowed: [],
});

describe('the weeks to a re-audit, as typed', () => {
  it('is the service’s when empty, a whole number of weeks from 1 to 104, or not valid', () => {
    expect(parseReauditWeeks('')).toBeNull();
    expect(parseReauditWeeks(' 8 ')).toBe(8);
    expect(parseReauditWeeks('0')).toBeUndefined();
    expect(parseReauditWeeks('105')).toBeUndefined();
    expect(parseReauditWeeks('6.5')).toBeUndefined();
    expect(parseReauditWeeks('six')).toBeUndefined();
  });
});

describe('generating the year', () => {
  it('says how many cycles were planned and over which dates', () => {
    const created = yearOfCycles('2025-04-07').map(dto);
    expect(yearSentence({ created })).toBe(
      '9 six-weekly cycles planned, from 2025-04-07 to 2026-04-19.',
    );
  });
  it('says so when the year was already planned', () => {
    expect(yearSentence({ created: [] })).toBe(
      'The year is already planned: no cycle was created.',
    );
  });
});
