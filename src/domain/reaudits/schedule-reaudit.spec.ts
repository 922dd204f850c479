import { describe, expect, it } from 'vitest';
import { CYCLE } from '../allocation/draw.fixtures';
import { aModeration, anActor, aSubmittedAudit } from '../fixtures/builders';
import { SYSTEM_ACTOR } from '../records/actor';
import type { Cycle } from '../records/cycle';
import { gradeChange } from './grade-change';
import type { ReauditScheduling } from './schedule-reaudit';
import { planReaudit, reauditWeeksFor } from './schedule-reaudit';
import { finalGrade } from './standing';
import { targetCycleFor } from './target-cycle';

const cycle = (id: string, startDate: string, overrides: Partial<Cycle> = {}): Cycle => ({
  ...CYCLE,
  id,
  startDate,
  ...overrides,
});
const CYCLES = [
  cycle('CYC-A', '2025-04-14', { state: 'Allocated' }),
  cycle('CYC-B', '2025-06-09'),
  cycle('CYC-T', '2025-06-16', { kind: 'Thematic' }),
  cycle('CYC-C', '2025-07-21'),
];
const riAudit = aSubmittedAudit({
  id: 'AUD-7',
  overallGrade: 'Requires improvement to be good',
  state: 'ActionsOpen',
  moderatedAt: '2025-04-01T10:00:00Z',
});
const agreed = aModeration({
  state: 'Agreed',
  auditorGrade: 'Requires improvement to be good',
  moderatedGrade: 'Requires improvement to be good',
  moderatedAt: '2025-04-01T10:00:00Z',
});
const scheduling = (overrides: Partial<ReauditScheduling> = {}): ReauditScheduling => ({
  audit: riAudit,
  moderation: agreed,
  cycles: CYCLES,
  caseAudits: [],
  existing: null,
  weeks: 12,
  now: '2025-04-01T11:00:00Z',
  ...overrides,
});
const plan = (overrides: Partial<ReauditScheduling> = {}, actor = SYSTEM_ACTOR) => {
  const result = planReaudit(actor, scheduling(overrides));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('scheduling a re-audit', () => {
  it('a moderated Requires-improvement audit is re-audited 12 weeks on, in the first planned cycle from then', () => {
    const made = plan();
    expect(made).toMatchObject({
      kind: 'create',
      record: {
        id: 'RA-AUD-7',
        caseNumber: riAudit.caseNumber,
        earlierAuditId: 'AUD-7',
        gradeBefore: 'Requires improvement to be good',
        gradedOn: '2025-04-01',
        dueFrom: '2025-06-24',
        targetCycleId: 'CYC-C',
        state: 'Scheduled',
        auditId: null,
      },
    });
  });

  it('the number of weeks is the service’s to set', () => {
    const made = plan({ weeks: 8 });
    expect(made.kind === 'create' && made.record).toMatchObject({
      dueFrom: '2025-05-27',
      targetCycleId: 'CYC-B',
    });
    const refused = planReaudit(SYSTEM_ACTOR, scheduling({ weeks: 0 }));
    expect(!refused.ok && refused.error.issues).toEqual([
      { field: 'weeks', message: 'must be a whole number of weeks from 1 to 104' },
    ]);
  });

  it('an Inadequate grade given by the moderator over a Good one calls for a re-audit', () => {
    const resolved = aModeration({
      state: 'Resolved',
      auditorGrade: 'Good',
      moderatedGrade: 'Inadequate',
      moderatedAt: '2025-04-01T10:00:00Z',
      resolvedAt: '2025-04-10T10:00:00Z',
    });
    const made = plan({ audit: { ...riAudit, overallGrade: 'Good' }, moderation: resolved });
    expect(made.kind === 'create' && made.record).toMatchObject({
      gradeBefore: 'Inadequate',
      gradedOn: '2025-04-10',
    });
  });

  it('waits while the grade does not stand, and a Good grade needs none', () => {
    expect(plan({ moderation: aModeration({ state: 'Pending' }) }).kind).toBe('none');
    expect(plan({ moderation: { ...agreed, state: 'Disagreed' } }).kind).toBe('none');
    expect(
      plan({
        audit: { ...riAudit, overallGrade: 'Good' },
        moderation: { ...agreed, moderatedGrade: 'Good' },
      }).kind,
    ).toBe('none');
  });

  it('asked again it makes nothing new, and moves a scheduled one to a newly planned cycle', () => {
    const first = plan();
    if (first.kind !== 'create') throw new Error('expected a re-audit');
    expect(plan({ existing: first.record }).kind).toBe('none');
    const sooner = [...CYCLES, cycle('CYC-X', '2025-06-30')];
    expect(plan({ existing: first.record, cycles: sooner })).toMatchObject({
      kind: 'retarget',
      record: { id: 'RA-AUD-7', targetCycleId: 'CYC-X', dueFrom: '2025-06-24' },
    });
    expect(plan({ existing: { ...first.record, state: 'Allocated' }, cycles: sooner }).kind).toBe(
      'none',
    );
  });

  it('a case audited again since the grade stood needs no re-audit', () => {
    const later = { id: 'AUD-9', allocatedOn: '2025-04-14' };
    expect(plan({ caseAudits: [riAudit, later] })).toMatchObject({ kind: 'none' });
    expect(plan({ caseAudits: [riAudit, { ...later, allocatedOn: '2025-03-03' }] }).kind).toBe(
      'create',
    );
  });

  it('with no later cycle planned it is scheduled and waits for one', () => {
    const made = plan({ cycles: CYCLES.slice(0, 2) });
    expect(made.kind === 'create' && made.record.targetCycleId).toBeNull();
  });

  it('the earlier audit’s cycle may set its own number of weeks', () => {
    const own = [
      { ...CYCLES[0], id: riAudit.cycleId, timescales: { ...CYCLE.timescales, reauditWeeks: 6 } },
    ];
    expect(reauditWeeksFor(own, riAudit.cycleId, 12)).toBe(6);
    expect(reauditWeeksFor(CYCLES, riAudit.cycleId, 12)).toBe(12);
  });

  it('only the scheduler or the QA lead schedules one', () => {
    const refused = planReaudit(anActor('HeadOfService'), scheduling());
    expect(!refused.ok && refused.error.reason).toBe('forbidden');
    expect(planReaudit(anActor('QALead'), scheduling()).ok).toBe(true);
  });
});

describe('the grade before and after', () => {
  it('improved, the same or declined on the Ofsted scale', () => {
    expect(gradeChange('Requires improvement to be good', 'Good')).toBe('improved');
    expect(gradeChange('Inadequate', 'Requires improvement to be good')).toBe('improved');
    expect(gradeChange('Inadequate', 'Inadequate')).toBe('same');
    expect(gradeChange('Requires improvement to be good', 'Inadequate')).toBe('declined');
  });

  it('an audit with no moderator stands once past submission; a closed one always', () => {
    const unmoderated = { ...riAudit, moderatorId: null, moderatedAt: null };
    expect(finalGrade({ ...unmoderated, state: 'Submitted' }, null)).toBeNull();
    expect(finalGrade(unmoderated, null)).toEqual({
      grade: 'Requires improvement to be good',
      on: '2025-03-20',
    });
    expect(finalGrade({ ...riAudit, state: 'Closed' }, null)?.on).toBe('2025-04-01');
  });

  it('the target is a planned case file audit cycle starting on or after the date', () => {
    expect(targetCycleFor(CYCLES, '2025-06-09')).toBe('CYC-B');
    expect(targetCycleFor(CYCLES, '2025-06-10')).toBe('CYC-C');
    expect(targetCycleFor(CYCLES, '2025-04-01')).toBe('CYC-B');
  });
});
