import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignBalanced } from './balanced-assignment';

const loadsOf = (workers: readonly string[], assigned: readonly { workerId: string }[]): number[] =>
  workers.map((w) => assigned.filter((a) => a.workerId === w).length);

describe('assignBalanced', () => {
  it('shares items evenly when every worker may take every item', () => {
    const { assigned, unassigned } = assignBalanced([1, 2, 3, 4, 5], ['a', 'b'], () => true);
    expect(loadsOf(['a', 'b'], assigned).sort()).toEqual([2, 3]);
    expect(unassigned).toEqual([]);
  });

  it('moves an item to make room for one only a busy worker may take', () => {
    // Item 1 may go to a or b; item 2 only to a. Greedy would put 1 on a and strand 2.
    const mayTake = (item: number, w: string): boolean => item === 1 || w === 'a';
    const { assigned } = assignBalanced([1, 2], ['a', 'b'], mayTake);
    expect(assigned).toEqual([
      { item: 1, workerId: 'b' },
      { item: 2, workerId: 'a' },
    ]);
  });

  it('leaves items unplaced rather than let loads differ by more than one', () => {
    const { assigned, unassigned } = assignBalanced([1, 2, 3], ['a', 'b'], (_, w) => w === 'a');
    expect(assigned).toHaveLength(1);
    expect(unassigned).toHaveLength(2);
  });

  it('places nothing when there are no workers', () => {
    expect(assignBalanced([1], [], () => true).unassigned).toEqual([1]);
  });

  it('keeps loads within one, gives items only to allowed workers, and loses none', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), { maxLength: 25 }),
        fc.integer({ min: 1, max: 4 }),
        (allowed, m) => {
          const workers = ['a', 'b', 'c', 'd'].slice(0, m);
          const items = allowed.map((_, i) => i);
          const mayTake = (i: number, w: string): boolean =>
            allowed[i]?.[workers.indexOf(w)] ?? false;
          const { assigned, unassigned } = assignBalanced(items, workers, mayTake);
          const loads = loadsOf(workers, assigned);
          expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
          for (const a of assigned) expect(mayTake(a.item, a.workerId)).toBe(true);
          const placed = [...assigned.map((a) => a.item), ...unassigned].sort((x, y) => x - y);
          expect(placed).toEqual(items);
        },
      ),
    );
  });

  it('places every item when any worker may take any item', () => {
    fc.assert(
      fc.property(fc.nat({ max: 40 }), fc.integer({ min: 1, max: 6 }), (n, m) => {
        const workers = Array.from({ length: m }, (_, i) => `w${i}`);
        const items = Array.from({ length: n }, (_, i) => i);
        expect(assignBalanced(items, workers, () => true).unassigned).toEqual([]);
      }),
    );
  });
});
