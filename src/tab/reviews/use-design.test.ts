import { describe, expect, it } from 'vitest';
import { showsAbove } from './reviews.types';
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

describe('where a review’s errors show', () => {
  it('beside the field a form has, above the forms otherwise', () => {
    expect(showsAbove({ 'questions.0.text': 'is required' }, new Error('x'))).toBe(false);
    expect(showsAbove({ filter: 'matches no open case' }, new Error('x'))).toBe(true);
    expect(showsAbove({ questions: 'needs one', filter: 'matches none' }, new Error('x'))).toBe(
      true,
    );
    expect(showsAbove({}, new Error('conflict'))).toBe(true);
    expect(showsAbove({}, null)).toBe(false);
  });
});
