// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Column } from './data-table.types';
import { useDataTable } from './use-data-table';

interface Row {
  readonly id: string;
  readonly name: string;
  readonly n: number;
}
const rows: Row[] = Array.from({ length: 23 }, (_, i) => ({
  id: `r${i}`,
  name: i % 2 === 0 ? `even ${i}` : `odd ${i}`,
  n: i,
}));
const columns: Column<Row>[] = [
  { id: 'name', header: 'Name', cell: (r) => r.name, sortValue: (r) => r.name },
  { id: 'n', header: 'N', cell: (r) => r.n, sortValue: (r) => r.n },
];

describe('the data table logic', () => {
  it('pages ten at a time', () => {
    const { result } = renderHook(() => useDataTable(rows, columns, 10));
    expect(result.current.pageCount).toBe(3);
    expect(result.current.pageItems).toHaveLength(10);
    act(() => {
      result.current.setPage(2);
    });
    expect(result.current.pageItems.map((r) => r.n)).toEqual([20, 21, 22]);
  });

  it('filters on any column and goes back to the first page', () => {
    const { result } = renderHook(() => useDataTable(rows, columns, 10));
    act(() => {
      result.current.setPage(1);
    });
    act(() => {
      result.current.setFilter('ODD');
    });
    expect(result.current.matching).toHaveLength(11);
    expect(result.current.page).toBe(0);
  });

  it('sorts numbers as numbers, and toggles the direction', () => {
    const { result } = renderHook(() => useDataTable(rows, columns, 50));
    act(() => {
      result.current.toggleSort('n');
    });
    expect(result.current.pageItems.slice(0, 3).map((r) => r.n)).toEqual([0, 1, 2]);
    act(() => {
      result.current.toggleSort('n');
    });
    expect(result.current.pageItems.slice(0, 3).map((r) => r.n)).toEqual([22, 21, 20]);
  });
});
