import { describe, expect, it } from 'vitest';
import { aModeration, anAction, aSubmittedAudit } from '../fixtures/builders';
import type { Cycle } from '../records/cycle';
import { DEFAULT_TIMESCALES } from '../records/cycle';
import { cycleTrends } from './cycle-trends';

const aCycle = (id: string, startDate: string): Cycle => ({
  id,
  name: id,
  kind: 'CaseFileAudit',
  state: 'Closed',
  startDate,
  endDate: startDate,
  timescales: DEFAULT_TIMESCALES,
  theme: '',
  seed: 1,
  closure: null,
});

describe('cycleTrends', () => {
  const cycles = [
    aCycle('C2', '2025-02-17'),
    aCycle('C1', '2025-01-06'),
    aCycle('C3', '2025-03-31'),
  ];
  const audits = [
    aSubmittedAudit({ id: 'A1', cycleId: 'C1', overallGrade: 'Good' }),
    aSubmittedAudit({ id: 'A2', cycleId: 'C1', overallGrade: 'Inadequate' }),
    aSubmittedAudit({ id: 'A3', cycleId: 'C2', overallGrade: 'Good' }),
    aSubmittedAudit({ id: 'A4', cycleId: 'C2', overallGrade: 'Outstanding' }),
  ];
  const moderations = [
    aModeration({
      auditId: 'A3',
      cycleId: 'C2',
      state: 'Disagreed',
      auditorGrade: 'Good',
      moderatedGrade: 'Inadequate',
    }),
    aModeration({
      auditId: 'A4',
      cycleId: 'C2',
      state: 'Agreed',
      auditorGrade: 'Outstanding',
      moderatedGrade: 'Outstanding',
    }),
  ];
  const actions = [
    anAction({ cycleId: 'C1', state: 'Closed', dueDate: '2025-02-01' }),
    anAction({ cycleId: 'C1', state: 'Open', dueDate: '2025-02-01' }),
  ];
  const trends = cycleTrends(cycles, audits, moderations, actions, '2025-04-01');

  it('lists the cycles in start-date order', () => {
    expect(trends.map((t) => t.cycleId)).toEqual(['C1', 'C2', 'C3']);
  });

  it('gives per cycle the share Good or better, Inadequate count, agreement and closing the loop', () => {
    expect(trends[0]).toMatchObject({
      submitted: 2,
      shareGoodOrBetter: 0.5,
      inadequate: 1,
      agreementRate: null,
      closingTheLoopRate: 0.5,
    });
    expect(trends[1]).toMatchObject({
      shareGoodOrBetter: 0.5,
      auditorShareGoodOrBetter: 1,
      inadequate: 1,
      agreementRate: 0.5,
      closingTheLoopRate: null,
    });
  });

  it('shows a cycle with nothing submitted yet without inventing figures', () => {
    expect(trends[2]).toMatchObject({ submitted: 0, shareGoodOrBetter: null, inadequate: 0 });
  });
});
