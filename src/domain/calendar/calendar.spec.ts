import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dateOf, dayNumber, daysBetween, isIsoDate, isIsoTimestamp } from './calendar';

describe('calendar', () => {
  it('adds timescale days across month and leap-year ends', () => {
    expect(addDays('2025-03-03', 20)).toBe('2025-03-23');
    expect(addDays('2025-03-03', 30)).toBe('2025-04-02');
    expect(addDays('2024-02-20', 10)).toBe('2024-03-01');
    expect(addDays('2025-12-25', 7)).toBe('2026-01-01');
  });

  it('counts the days between two dates, negative when the second is earlier', () => {
    expect(daysBetween('2025-03-23', '2025-03-30')).toBe(7);
    expect(daysBetween('2025-03-30', '2025-03-23')).toBe(-7);
    expect(daysBetween('2025-03-30', 'soon')).toBeNull();
  });

  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('3 March 2025')).toBe(false);
    expect(dayNumber('2024-02-29')).not.toBeNull();
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });

  it('accepts timestamps with a zone only', () => {
    expect(isIsoTimestamp('2025-03-01T09:30:00Z')).toBe(true);
    expect(isIsoTimestamp('2025-03-01T09:30:00.123+01:00')).toBe(true);
    expect(isIsoTimestamp('2025-03-01T09:30:00')).toBe(false);
    expect(isIsoTimestamp('2025-02-30T09:30:00Z')).toBe(false);
  });

  it('reads the calendar date of a timestamp', () => {
    expect(dateOf('2025-03-20T10:00:00Z')).toBe('2025-03-20');
  });

  it('undoes adding days by counting them', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), (days) => {
        expect(daysBetween('2025-03-03', addDays('2025-03-03', days))).toBe(days);
      }),
    );
  });
});
