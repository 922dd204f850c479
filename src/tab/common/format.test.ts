import { describe, expect, it } from 'vitest';
import {
  actionTimingLabel,
  auditDueLabel,
  auditTimescaleLabel,
  dueLabel,
  moderationDueLabel,
} from './format';

const audit = {
  auditDue: '2026-10-18',
  moderationDue: '2026-10-28',
  submittedAt: null,
  moderatorId: null,
  moderatedAt: null,
};

describe('timescale labels', () => {
  it('counts the days to or past a due date', () => {
    expect(dueLabel('2026-10-18', '2026-10-15')).toBe('due in 3 days');
    expect(dueLabel('2026-10-18', '2026-10-18')).toBe('due today');
    expect(dueLabel('2026-10-18', '2026-10-20')).toBe('2 days overdue');
  });

  it('holds an audit to its due date until it is submitted', () => {
    expect(auditTimescaleLabel(audit, '2026-10-20')).toBe('audit 2 days overdue');
  });

  it('holds a submitted audit awaiting moderation to the moderation timescale', () => {
    const submitted = { ...audit, submittedAt: '2026-10-12T10:00:00Z', moderatorId: 'S-1' };
    expect(auditTimescaleLabel(submitted, '2026-10-20')).toBe('moderation due in 8 days');
  });

  it('never calls a submitted, moderated audit overdue', () => {
    const done = {
      ...audit,
      submittedAt: '2026-10-12T10:00:00Z',
      moderatorId: 'S-1',
      moderatedAt: '2026-10-19T10:00:00Z',
    };
    expect(auditTimescaleLabel(done, '2026-11-25')).toBe('submitted 12 Oct 2026');
  });
});

describe('finished work is never overdue (issue 12, items 4 and 8)', () => {
  const action = { dueDate: '2026-06-01', completedAt: null, verifiedAt: null };
  it('counts open work against its due date only', () => {
    expect(actionTimingLabel({ ...action, state: 'InProgress' }, '2026-06-03')).toBe(
      '2 days overdue',
    );
  });
  it('says how long completed and verified work has waited', () => {
    expect(
      actionTimingLabel(
        { ...action, state: 'Completed', completedAt: '2026-06-10T09:00:00Z' },
        '2026-09-21',
      ),
    ).toBe('completed 103 days ago, awaiting verification');
    expect(
      actionTimingLabel(
        { ...action, state: 'Verified', verifiedAt: '2026-09-20T09:00:00Z' },
        '2026-09-21',
      ),
    ).toBe('verified 1 day ago, awaiting closure approval');
    expect(actionTimingLabel({ ...action, state: 'Closed' }, '2026-09-21')).toBe('closed');
  });
  it("shows the audit's own due date on its row, and the moderation's on its own", () => {
    const submitted = { ...audit, submittedAt: '2026-10-12T10:00:00Z', moderatorId: 'S-1' };
    expect(auditDueLabel(submitted, '2026-10-20')).toBe('submitted 12 Oct 2026');
    expect(moderationDueLabel(submitted, '2026-10-20')).toBe('due in 8 days');
    expect(moderationDueLabel(audit, '2026-10-20')).toBe('no moderation');
  });
});
