import { describe, expect, it } from 'vitest';
import { dateColumn, nameColumn, textColumn } from './columns';

const row = {
  names: { 'S-1': 'Sample Auditor' },
  ownerId: 'S-1',
  due: '2026-03-04',
  caseNumber: 'CF-900001',
};

describe('column helpers', () => {
  it('shows, sorts and filters a text column by the same text', () => {
    const column = textColumn<typeof row>('case', 'Case', (r) => r.caseNumber);
    expect(column.cell(row)).toBe('CF-900001');
    expect(column.sortValue?.(row)).toBe('CF-900001');
  });

  it('shows a person by name and sorts by the name, not the id', () => {
    const column = nameColumn<typeof row>('owner', 'Owner', (r) => r.ownerId);
    expect(column.cell(row)).toBe('Sample Auditor');
    expect(column.sortValue?.(row)).toBe('Sample Auditor');
  });

  it('shows a date for people and sorts by the ISO date', () => {
    const column = dateColumn<typeof row>('due', 'Due', (r) => r.due);
    expect(column.cell(row)).toBe('4 Mar 2026');
    expect(column.text?.(row)).toBe('4 Mar 2026');
    expect(column.sortValue?.(row)).toBe('2026-03-04');
    expect(dateColumn<typeof row>('none', 'None', () => null).cell(row)).toBe('—');
  });
});
