import { describe, expect, it } from 'vitest';
import { closesManyCases, closuresConfirmed, massClosureWarning } from './mass-closure';

describe('a file that would close much of the register', () => {
  it('is more than a fifth of the open cases, and at least ten', () => {
    expect(closesManyCases(200, 10_000)).toBe(false);
    expect(closesManyCases(2_001, 10_000)).toBe(true);
    expect(closesManyCases(9, 20)).toBe(false);
    expect(closesManyCases(10, 20)).toBe(true);
  });

  it('is warned of with the figures, in plain words', () => {
    expect(massClosureWarning(9_500, 10_000)).toBe(
      'This file would close 9,500 of the 10,000 open cases (95%). An export that is filtered or cut short looks like this: check it is the whole open-case register before importing.',
    );
    expect(massClosureWarning(3, 10_000)).toBeNull();
  });

  it('goes ahead only with that exact number confirmed', () => {
    expect(closuresConfirmed(9_500, 10_000, null)).toBe(false);
    expect(closuresConfirmed(9_500, 10_000, 9_499)).toBe(false);
    expect(closuresConfirmed(9_500, 10_000, 9_500)).toBe(true);
    expect(closuresConfirmed(3, 10_000, null)).toBe(true);
  });
});
