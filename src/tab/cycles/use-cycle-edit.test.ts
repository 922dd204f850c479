import { describe, expect, it } from 'vitest';
import { draftIssues } from './use-cycle-edit';

const draft = {
  startDate: '2031-02-17',
  endDate: '2031-03-30',
  auditDays: '20',
  moderationDays: '30',
  actionDays: '28',
  immediateActionDays: '5',
  reauditWeeks: '',
};

describe('checking a cycle’s dates and timescales before sending', () => {
  it('passes real dates in order and whole days from 1 to 365', () => {
    expect(draftIssues(draft)).toEqual({});
  });

  it('names each field that is wrong, in plain words', () => {
    expect(
      draftIssues({ ...draft, endDate: '2031-02-01', auditDays: '0', actionDays: '2.5' }),
    ).toEqual({
      endDate: 'The last day cannot be before the first',
      'timescales.auditDays': 'Enter a whole number of days, from 1 to 365',
      'timescales.actionDays': 'Enter a whole number of days, from 1 to 365',
    });
    expect(
      draftIssues({ ...draft, startDate: '', endDate: '2031-13-01', reauditWeeks: '200' }),
    ).toMatchObject({
      startDate: 'Enter the first day of the cycle',
      endDate: 'Enter the last day of the cycle',
      'timescales.reauditWeeks':
        'Enter whole weeks from 1 to 104, or leave it empty for the service’s',
    });
    expect(draftIssues({ ...draft, reauditWeeks: '16' })).toEqual({});
  });
});
