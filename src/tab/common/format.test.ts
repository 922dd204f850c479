import { describe, expect, it } from 'vitest';
import { auditTimescaleLabel, dueLabel } from './format';

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
