import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('dates read the way people in England write them', () => {
  it('shows a date with its day of the week', () => {
    expect(formatDate('2026-03-20')).toBe('Friday 20 March 2026');
  });

  it('shows a winter time in GMT and a summer time in BST', () => {
    expect(formatDateTime('2026-01-15T09:05:00Z')).toBe('15 January 2026 at 09:05');
    expect(formatDateTime('2026-06-15T09:05:00Z')).toBe('15 June 2026 at 10:05');
  });

  it('shows a value that is not a date as given, rather than failing', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDateTime('later')).toBe('later');
  });
});
