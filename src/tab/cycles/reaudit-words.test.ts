import { describe, expect, it } from 'vitest';
import { reauditWords } from './reaudit-words';

describe('a re-audit on the tracker', () => {
  it('says the grade before, and after once it stands, and whether it improved', () => {
    expect(
      reauditWords({
        earlierAuditId: 'AUD-D',
        gradeBefore: 'Requires improvement to be good',
        gradeAfter: null,
        change: null,
      }),
    ).toBe('Re-audit of AUD-D: was Requires improvement to be good; not graded yet');
    expect(
      reauditWords({
        earlierAuditId: 'AUD-D',
        gradeBefore: 'Inadequate',
        gradeAfter: 'Good',
        change: 'improved',
      }),
    ).toBe('Re-audit of AUD-D: was Inadequate, now Good — improved');
    expect(
      reauditWords({
        earlierAuditId: 'AUD-D',
        gradeBefore: 'Inadequate',
        gradeAfter: 'Inadequate',
        change: 'same',
      }),
    ).toBe('Re-audit of AUD-D: was Inadequate, now Inadequate — the same grade');
  });

  it('an audit that is not a re-audit says nothing', () => {
    expect(reauditWords(null)).toBe('');
  });
});
