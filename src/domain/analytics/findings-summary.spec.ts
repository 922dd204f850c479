import { describe, expect, it } from 'vitest';
import { aCompletedDraft, aModeration, anAction, aSubmittedAudit } from '../fixtures/builders';
import type { Audit } from '../records/audit';
import type { Area, Grade } from '../records/grade';
import { findingsSummary } from './findings-summary';

const RI = 'Requires improvement to be good';
const withAreas = (id: string, grades: Partial<Record<Area, Grade>>): Audit => {
  const base = aSubmittedAudit({ id });
  const areas = { ...base.areas };
  for (const [area, grade] of Object.entries(grades) as [Area, Grade][]) {
    areas[area] = { ...areas[area], grade };
  }
  return { ...base, areas };
};

describe('findingsSummary', () => {
  const audits = [
    withAreas('A1', { chronology: RI, childsVoice: 'Outstanding' }),
    withAreas('A2', { chronology: 'Inadequate', managementGrip: RI }),
    aCompletedDraft({ id: 'A3' }),
  ];
  const moderations = [
    aModeration({
      auditId: 'A1',
      state: 'Agreed',
      auditorGrade: 'Good',
      moderatedGrade: 'Good',
      moderatedAt: '2025-03-30',
    }),
    aModeration({ auditId: 'OTHER', state: 'Disagreed', auditorGrade: 'Good', moderatedGrade: RI }),
  ];
  const actions = [anAction({ auditId: 'A1' }), anAction({ auditId: 'OTHER' })];
  const summary = findingsSummary(audits, moderations, actions, '2025-04-01');

  it('counts allocated and submitted audits of the cycle', () => {
    expect(summary).toMatchObject({ allocated: 3, submitted: 2 });
    expect(summary.grades.auditor.counts.Good).toBe(2);
  });

  it('names the strongest and weakest areas by share Good or better', () => {
    expect(summary.strongest).toEqual([
      'childsVoice',
      'assessment',
      'planning',
      'parentCarerEngagement',
    ]);
    expect(summary.weakest).toEqual(['chronology']);
    expect(summary.areas.map((a) => [a.area, a.shareGoodOrBetter])).toEqual([
      ['childsVoice', 1],
      ['assessment', 1],
      ['planning', 1],
      ['parentCarerEngagement', 1],
      ['managementGrip', 0.5],
      ['chronology', 0],
    ]);
  });

  it('gives themes as area figures with the framework label, never audit text', () => {
    const chronology = summary.areas.find((a) => a.area === 'chronology');
    expect(chronology).toMatchObject({
      label: 'Use of chronology',
      total: 2,
      counts: { Inadequate: 1, [RI]: 1 },
    });
    expect(JSON.stringify(summary)).not.toContain('Seen in case notes');
  });

  it('counts only the moderations and actions of the cycle audits', () => {
    expect(summary.moderation).toMatchObject({ moderated: 1, agreed: 1, rate: 1 });
    expect(summary.actions.total).toBe(1);
  });

  it('reports timeliness of audits and moderations', () => {
    expect(summary.auditTimeliness).toMatchObject({ onTime: 2, overdue: 1 });
    expect(summary.moderationTimeliness).toMatchObject({ due: 1, onTime: 1, notYetDue: 2 });
  });

  it('names no strongest or weakest area before anything is graded', () => {
    const empty = findingsSummary([], [], [], '2025-04-01');
    expect([empty.strongest, empty.weakest, empty.areas]).toEqual([[], [], []]);
  });
});
