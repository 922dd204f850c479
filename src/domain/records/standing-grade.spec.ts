import { describe, expect, it } from 'vitest';
import { standingGrade } from './standing-grade';

describe('the grade that stands', () => {
  const audit = { overallGrade: 'Good' as const };
  it("is the auditor's until moderation has ended", () => {
    expect(standingGrade(audit, null)).toBe('Good');
    expect(standingGrade(audit, { state: 'Pending', moderatedGrade: null })).toBe('Good');
    expect(standingGrade(audit, { state: 'Disagreed', moderatedGrade: 'Inadequate' })).toBe('Good');
  });
  it('is the moderated grade once agreed or resolved', () => {
    expect(standingGrade(audit, { state: 'Agreed', moderatedGrade: 'Good' })).toBe('Good');
    expect(
      standingGrade(audit, {
        state: 'Resolved',
        moderatedGrade: 'Requires improvement to be good',
      }),
    ).toBe('Requires improvement to be good');
  });
});
