import { describe, expect, it } from 'vitest';
import type { CycleDto } from '../../contract/cycles';
import { yearOfCycles } from '../../domain/cycles/year-of-cycles';
import { yearSentence } from './use-cycle-year';

const dto = (record: CycleDto['record']): CycleDto => ({
  record,
  version: '1',
  flags: [],
  names: {},
  allowed: [],
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
