import { describe, it, expect } from 'vitest';
import { errorOf, valueOf } from '../fixtures/results';
import { submitAuditSchema, saveDraftSchema } from './audit-inputs';
import { moderateSchema } from './moderation-inputs';
import { parseInput } from './parse-input';
import { cycleCreationSchema, feedbackEntrySchema } from './register-inputs';
import { supervisionReviewSchema } from './action-inputs';

const action = {
  description: '  Update the chronology.  ',
  ownerId: 'staff-sw-1',
  immediate: false,
};

describe('parseInput', () => {
  it('trims strings and returns the parsed value', () => {
    const value = valueOf(
      parseInput(submitAuditSchema, { actions: [action], noActionsNeeded: false }),
    );
    expect(value.actions[0]?.description).toBe('Update the chronology.');
  });

  it('names an unknown field, however deep', () => {
    const error = errorOf(
      parseInput(saveDraftSchema, { draft: { areas: { planning: { colour: 'red' } } } }),
      'invalid',
    );
    expect(error.issues).toEqual([
      { field: 'draft.areas.planning.colour', message: 'is not a known field' },
    ]);
  });

  it('says a missing field is required and a blank one too', () => {
    const error = errorOf(
      parseInput(submitAuditSchema, { actions: [{ ...action, description: '   ' }] }),
      'invalid',
    );
    expect(error.issues).toEqual([
      { field: 'actions.0.description', message: 'is required' },
      { field: 'noActionsNeeded', message: 'is required' },
    ]);
  });

  it('refuses an impossible date', () => {
    const error = errorOf(
      parseInput(supervisionReviewSchema, { date: '2025-02-30', note: '' }),
      'invalid',
    );
    expect(error.issues).toEqual([
      { field: 'date', message: 'must be a real date written YYYY-MM-DD' },
    ]);
  });

  it('lists the allowed grades when a grade is unknown', () => {
    const error = errorOf(
      parseInput(moderateSchema, { outcome: 'Disagreed', moderatedGrade: 'Poor', reasons: 'x' }),
      'invalid',
    );
    expect(error.issues[0]?.field).toBe('moderatedGrade');
    expect(error.issues[0]?.message).toContain('Requires improvement to be good');
  });

  it('a disagreement without a grade or reasons names both', () => {
    const error = errorOf(
      parseInput(moderateSchema, { outcome: 'Disagreed', reasons: '  ' }),
      'invalid',
    );
    expect(error.issues.map((i) => i.field)).toEqual(['moderatedGrade', 'reasons']);
  });

  it('names text that is too long, with the limit', () => {
    const raw = {
      source: 'ParentCarer',
      receivedOn: '2025-03-01',
      serviceAreaId: 's',
      teamId: null,
      caseNumber: null,
      auditId: null,
      sentiment: 'Positive',
      summary: 'x'.repeat(4001),
    };
    expect(errorOf(parseInput(feedbackEntrySchema, raw), 'invalid').issues).toEqual([
      { field: 'summary', message: 'must be at most 4000 characters' },
    ]);
  });

  it('refuses a cycle that ends before it starts', () => {
    const raw = {
      name: 'Cycle 1',
      kind: 'CaseFileAudit',
      startDate: '2025-04-01',
      endDate: '2025-03-01',
      theme: '',
    };
    expect(errorOf(parseInput(cycleCreationSchema, raw), 'invalid').issues[0]?.field).toBe(
      'endDate',
    );
  });

  it('refuses something that is not an object at all', () => {
    expect(errorOf(parseInput(cycleCreationSchema, 'hello'), 'invalid').issues[0]?.field).toBe(
      '(input)',
    );
  });
});
