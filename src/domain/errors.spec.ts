import { describe, expect, it } from 'vitest';
import { fieldWords, invalid, plainIssues } from './errors';

describe('errors in plain words (issue 12, item 11)', () => {
  it('names each field as a person reads it, never by its code', () => {
    expect(fieldWords('auditorId')).toBe('Auditor');
    expect(fieldWords('draft.actions.0.timescaleDays')).toBe('Timescale days (action 1)');
    expect(fieldWords('draft.areas.planning.evidence')).toBe('Evidence');
  });

  it('says what to change, in sentences', () => {
    const error = invalid([
      {
        field: 'auditorId',
        message:
          "choose a team manager from another team: an auditor never audits their own team's case",
      },
    ]);
    expect(error.message).toBe(
      "Auditor: Choose a team manager from another team: an auditor never audits their own team's case.",
    );
    expect(error.message).not.toContain('auditorId');
    expect(plainIssues([{ field: 'reason', message: 'is required' }])).toBe(
      'Reason: This is required.',
    );
  });
});
