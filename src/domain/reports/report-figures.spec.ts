import { describe, expect, it } from 'vitest';
import { aCycle, aModeration, anAction, aSubmittedAudit, anAudit } from '../fixtures/builders';
import type { Reaudit } from '../reaudits/reaudit';
import type { Audit } from '../records/audit';
import type { Grade } from '../records/grade';
import { reportFigures } from './report-figures';
import type { ReportInput } from './report-input';
import { shareFigure, shareText } from './share';
import { DEFAULT_GRADE_TARGETS } from './targets';

/** The builders' cycle. */
const CYCLE_ID = anAudit().cycleId;

const input = (over: Partial<ReportInput>): ReportInput => ({
  cycles: [],
  period: [CYCLE_ID],
  audits: [],
  moderations: [],
  actions: [],
  reaudits: [],
  feedback: [],
  targets: DEFAULT_GRADE_TARGETS,
  today: '2025-05-01',
  ...over,
});

const graded = (n: number, grade: Grade, from = 0): Audit[] =>
  Array.from({ length: n }, (_, i) =>
    aSubmittedAudit({
      id: `AUD-${from + i}`,
      caseNumber: `CF-${100000 + from + i}`,
      overallGrade: grade,
    }),
  );

describe('shares and the small-group rule', () => {
  it('prints fewer than five as a count, never a percentage', () => {
    expect(shareText(shareFigure(1, 2))).toBe('1 of 2 (small group)');
    expect(shareText(shareFigure(3, 4))).toBe('3 of 4 (small group)');
    expect(shareText(shareFigure(2, 5))).toBe('40% (2 of 5)');
    expect(shareText(shareFigure(0, 0))).toBe('none yet');
  });
});

describe('reportFigures', () => {
  it('judges the grades against the council targets only on a group large enough', () => {
    const small = reportFigures(input({ audits: graded(2, 'Inadequate') }));
    expect(small.grades.inadequate).toMatchObject({ count: 2, of: 2, small: true });
    expect(small.grades.targets.inadequate).toBe('small group');

    const audits = [
      ...graded(4, 'Good'),
      ...graded(5, 'Requires improvement to be good', 4),
      ...graded(1, 'Inadequate', 9),
    ];
    const f = reportFigures(input({ audits }));
    expect(f.grades.goodOrBetter).toMatchObject({ count: 4, of: 10, value: 0.4, small: false });
    expect(f.grades.targets.goodOrBetter).toBe('met');
    expect(f.grades.targets.inadequate).toBe('met');
    expect(
      reportFigures(input({ audits: [...audits, ...graded(1, 'Inadequate', 20)] })).grades.targets
        .inadequate,
    ).toBe('missed');
  });

  it('names no strongest or weakest area from one audit (all six would be both)', () => {
    const f = reportFigures(input({ audits: graded(1, 'Good') }));
    expect(f.strongest).toEqual([]);
    expect(f.weakest).toEqual([]);
    expect(f.byArea).toHaveLength(6);
  });

  it('names the strongest and weakest areas once they differ over enough audits', () => {
    const audits = graded(5, 'Good').map((a) => ({
      ...a,
      areas: { ...a.areas, chronology: { ...a.areas.chronology, grade: 'Inadequate' as const } },
    }));
    const f = reportFigures(input({ audits }));
    expect(f.weakest).toEqual(['chronology']);
    expect(f.strongest).toHaveLength(5);
    expect(f.byArea.at(-1)?.area).toBe('chronology');
  });

  it('counts completion against allocation and timeliness against the due date', () => {
    const audits = [
      ...graded(3, 'Good'),
      anAudit({ id: 'AUD-open', state: 'InProgress', auditDue: '2025-04-01' }),
      anAudit({ id: 'AUD-new', state: 'Allocated', auditDue: '2025-06-01' }),
    ];
    const f = reportFigures(input({ audits }));
    expect(f.completion.allocated).toBe(5);
    expect(f.completion.submitted).toMatchObject({ count: 3, of: 5 });
    // Three submitted on 20 March, due 23 March; one overdue; one not yet due.
    expect(f.completion.onTime).toMatchObject({ count: 3, of: 4 });
    expect(f.load.auditors).toEqual([
      { staffId: 'staff-tm-auditor', allocated: 5, submitted: 3, overdue: 1 },
    ]);
  });

  it('counts moderation coverage, agreement and the direction of grade changes', () => {
    const audits = graded(4, 'Good');
    const moderations = [
      aModeration({
        id: 'M0',
        auditId: 'AUD-0',
        state: 'Agreed',
        auditorGrade: 'Good',
        moderatedGrade: 'Good',
        moderatedAt: '2025-03-25T09:00:00Z',
      }),
      aModeration({
        id: 'M1',
        auditId: 'AUD-1',
        state: 'Disagreed',
        auditorGrade: 'Good',
        moderatedGrade: 'Inadequate',
        moderatedAt: '2025-03-25T09:00:00Z',
      }),
      aModeration({
        id: 'M2',
        auditId: 'AUD-2',
        state: 'Resolved',
        auditorGrade: 'Good',
        moderatedGrade: 'Outstanding',
        moderatedAt: '2025-03-25T09:00:00Z',
      }),
      aModeration({
        id: 'MX',
        auditId: 'AUD-elsewhere',
        state: 'Agreed',
        auditorGrade: 'Good',
        moderatedGrade: 'Good',
        moderatedAt: '2025-03-25T09:00:00Z',
      }),
    ];
    const f = reportFigures(input({ audits, moderations }));
    expect(f.moderation.coverage).toMatchObject({ count: 3, of: 4 });
    expect(f.moderation.agreement).toMatchObject({ count: 1, of: 3 });
    expect(f.moderation.changes).toEqual({ raised: 1, lowered: 1, same: 1 });
    expect(f.inadequateCases.map((c) => c.caseNumber)).toEqual(['CF-100001']);
    expect(f.grades.counts.Inadequate).toBe(1);
    expect(f.auditorGrades.counts.Inadequate).toBe(0);
  });

  it("counts the audits' actions: on time, closing the loop, by owner, reasons", () => {
    const audits = graded(1, 'Good');
    const actions = [
      anAction({
        id: 'A1',
        auditId: 'AUD-0',
        state: 'Closed',
        completedAt: '2025-04-01T09:00:00Z',
        closedAt: '2025-04-03T09:00:00Z',
      }),
      anAction({ id: 'A2', auditId: 'AUD-0', dueDate: '2025-04-20' }),
      anAction({
        id: 'A3',
        auditId: 'AUD-0',
        state: 'NotCompleted',
        notCompletedReason: 'Case closed.',
      }),
      anAction({ id: 'A4', auditId: 'AUD-0', state: 'NotCompleted' }),
      anAction({ id: 'A5', auditId: 'AUD-other' }),
    ];
    const f = reportFigures(input({ audits, actions }));
    expect(f.actions.counts.total).toBe(4);
    expect(f.actions.counts.overdue).toBe(1);
    expect(f.actions.onTime).toMatchObject({ count: 1, of: 2 });
    expect(f.actions.notCompleted).toEqual({ withReason: 1, withoutReason: 1 });
    expect(f.actions.byOwner).toEqual([
      { ownerId: 'staff-sw-worker', total: 4, open: 1, overdue: 1, finished: 3 },
    ]);
  });

  it('reports a re-audit with the grade before and the standing grade after', () => {
    const reaudit = (over: Partial<Reaudit>): Reaudit => ({
      id: 'RA-AUD-old',
      caseNumber: 'CF-100000',
      earlierAuditId: 'AUD-old',
      earlierCycleId: 'CYC-0',
      serviceAreaId: 'svc-north',
      gradeBefore: 'Inadequate',
      gradedOn: '2025-01-01',
      dueFrom: '2025-03-01',
      targetCycleId: 'CYC-2025-1',
      state: 'Allocated',
      auditId: 'AUD-0',
      reason: '',
      scheduledAt: '2025-01-02T00:00:00Z',
      ...over,
    });
    const f = reportFigures(
      input({
        audits: graded(2, 'Good'),
        reaudits: [
          reaudit({}),
          reaudit({ id: 'RA-AUD-1', earlierAuditId: 'AUD-1', state: 'Scheduled', auditId: null }),
          reaudit({ id: 'RA-far', earlierAuditId: 'AUD-far', auditId: 'AUD-far-new' }),
        ],
      }),
    );
    expect(f.reaudits).toMatchObject({ scheduled: 1, allocated: 1, graded: 1, improved: 1 });
    expect(f.reaudits.rows).toEqual([
      {
        caseNumber: 'CF-100000',
        gradeBefore: 'Inadequate',
        gradeAfter: 'Good',
        change: 'improved',
      },
    ]);
  });
});

describe('the period and the trend', () => {
  it('counts audits outside the period in the trend only', () => {
    const earlier = graded(5, 'Inadequate', 50).map((a) => ({ ...a, cycleId: 'CYC-EARLIER' }));
    const figures = reportFigures(
      input({
        cycles: [
          aCycle({ id: 'CYC-EARLIER', name: 'Earlier', startDate: '2024-01-01' }),
          aCycle({ id: CYCLE_ID }),
        ],
        audits: [...earlier, ...graded(5, 'Good')],
      }),
    );
    expect(figures.grades.total).toBe(5);
    expect(figures.inadequateCases).toEqual([]);
    expect(figures.trend.map((t) => [t.cycleId, t.submitted, t.inadequate])).toEqual([
      ['CYC-EARLIER', 5, 5],
      [CYCLE_ID, 5, 0],
    ]);
  });
});
