import { describe, expect, it } from 'vitest';
import { aModeration, anAudit, aSubmittedAudit } from '../fixtures/builders';
import { median } from './median';
import { auditTimeliness, moderationTimeliness, timelinessOf } from './timeliness';

describe('timelinessOf', () => {
  it('counts items done by the due date as on time and the rest as late or overdue', () => {
    const result = timelinessOf(
      [
        { due: '2025-03-23', doneAt: '2025-03-23T16:00:00Z' },
        { due: '2025-03-23', doneAt: '2025-03-25T09:00:00Z' },
        { due: '2025-03-23', doneAt: null },
        { due: '2025-04-30', doneAt: null },
      ],
      '2025-03-30',
    );
    expect(result).toEqual({
      due: 3,
      onTime: 1,
      late: 1,
      overdue: 1,
      notYetDue: 1,
      shareOnTime: 1 / 3,
      medianDaysLate: 4.5,
    });
  });

  it('has no share and no median when nothing is due yet', () => {
    const result = timelinessOf([{ due: '2025-04-30', doneAt: null }], '2025-03-30');
    expect(result.shareOnTime).toBeNull();
    expect(result.medianDaysLate).toBeNull();
  });
});

describe('auditTimeliness', () => {
  it('measures submission against the audit due date', () => {
    const audits = [
      aSubmittedAudit({ auditDue: '2025-03-23', submittedAt: '2025-03-20T10:00:00Z' }),
      anAudit({ auditDue: '2025-03-23' }),
    ];
    expect(auditTimeliness(audits, '2025-03-26')).toMatchObject({
      onTime: 1,
      overdue: 1,
      medianDaysLate: 3,
    });
  });
});

describe('moderationTimeliness', () => {
  it('measures moderation against the moderation due date, for audits with a moderator', () => {
    const audits = [
      aSubmittedAudit({ id: 'A1', moderationDue: '2025-04-02' }),
      aSubmittedAudit({ id: 'A2', moderationDue: '2025-04-02' }),
      aSubmittedAudit({ id: 'A3', moderatorId: null }),
    ];
    const moderations = [
      aModeration({
        auditId: 'A1',
        state: 'Agreed',
        moderatedGrade: 'Good',
        moderatedAt: '2025-04-05T12:00:00Z',
      }),
    ];
    expect(moderationTimeliness(audits, moderations, '2025-04-03')).toMatchObject({
      due: 2,
      late: 1,
      overdue: 1,
      shareOnTime: 0,
      medianDaysLate: 2,
    });
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
