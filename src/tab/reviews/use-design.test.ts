import { describe, expect, it } from 'vitest';
import { moved, toggled } from './use-design';

describe('the question designer', () => {
  it('moves a question up or down, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moved(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('ticks and unticks a team or cohort of the filter once', () => {
    expect(toggled(['t1'], 't2', true)).toEqual(['t1', 't2']);
    expect(toggled(['t1', 't2'], 't1', true)).toEqual(['t2', 't1']);
    expect(toggled(['t1', 't2'], 't1', false)).toEqual(['t2']);
  });
});
