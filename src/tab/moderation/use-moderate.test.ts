import { describe, expect, it } from 'vitest';
import { moderationIssues } from './use-moderate';

describe('moderation checks', () => {
  it('agreeing needs nothing more', () => {
    expect(moderationIssues('Agreed', '', '', 'Good')).toEqual({});
  });
  it('disagreeing needs a different grade and reasons', () => {
    expect(moderationIssues('Disagreed', 'Good', '', 'Good')).toEqual({
      moderatedGrade: "Choose a grade different from the auditor's",
      reasons: 'Give your reasons for disagreeing',
    });
    expect(moderationIssues('Disagreed', 'Inadequate', 'Risk not assessed', 'Good')).toEqual({});
  });
  it('asks for a choice first', () => {
    expect(moderationIssues('', '', '', 'Good').outcome).toBeDefined();
  });
});
