import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aCompletedDraft, aModeration, aSubmittedAudit } from '../fixtures/builders';
import type { Grade } from '../records/grade';
import { AREAS, GRADES } from '../records/grade';
import { gradeDistributions, gradeDistributionsBy } from './grade-distributions';

const RI = 'Requires improvement to be good';
const audits = [
  aSubmittedAudit({ id: 'A1', overallGrade: 'Good', teamId: 't1' }),
  aSubmittedAudit({ id: 'A2', overallGrade: 'Good', teamId: 't2' }),
  aSubmittedAudit({ id: 'A3', overallGrade: 'Inadequate', teamId: 't2' }),
  aCompletedDraft({ id: 'A4', overallGrade: 'Outstanding', teamId: 't1' }),
];
const moderations = [
  aModeration({
    auditId: 'A2',
    state: 'Disagreed',
    auditorGrade: 'Good',
    moderatedGrade: RI,
    moderatedAt: '2025-03-30',
  }),
  aModeration({
    auditId: 'A3',
    state: 'Agreed',
    auditorGrade: 'Inadequate',
    moderatedGrade: 'Inadequate',
    moderatedAt: '2025-03-30',
  }),
];

describe('gradeDistributions', () => {
  it("counts the auditor's grade of submitted audits only", () => {
    const { auditor } = gradeDistributions(audits, moderations);
    expect(auditor.counts).toEqual({ Outstanding: 0, Good: 2, [RI]: 0, Inadequate: 1 });
    expect(auditor.total).toBe(3);
    expect(auditor.shareGoodOrBetter).toBeCloseTo(2 / 3, 12);
  });

  it("counts the moderated grade where a moderator disagreed, else the auditor's", () => {
    const { moderated } = gradeDistributions(audits, moderations);
    expect(moderated.counts).toEqual({ Outstanding: 0, Good: 1, [RI]: 1, Inadequate: 1 });
    expect(moderated.goodOrBetter).toBe(1);
  });

  it('ignores a moderation still pending', () => {
    const pending = [aModeration({ auditId: 'A1', state: 'Pending', moderatedGrade: null })];
    expect(gradeDistributions(audits, pending).moderated.counts.Good).toBe(2);
  });

  it('counts each of the six areas separately', () => {
    const { areas } = gradeDistributions(audits, []);
    expect(Object.keys(areas)).toEqual([...AREAS]);
    expect(areas.chronology.counts.Good).toBe(3);
  });

  it('has no share Good or better when nothing is graded', () => {
    expect(gradeDistributions([], []).auditor.shareGoodOrBetter).toBeNull();
  });
});

describe('gradeDistributionsBy', () => {
  it('gives the distributions by team, in team order', () => {
    const byTeam = gradeDistributionsBy(audits, moderations, 'teamId');
    expect(byTeam.map((d) => [d.key, d.auditor.total, d.moderated.counts[RI]])).toEqual([
      ['t1', 1, 0],
      ['t2', 2, 1],
    ]);
  });

  it('gives one group per cycle and service area', () => {
    expect(gradeDistributionsBy(audits, [], 'cycleId').map((d) => d.key)).toEqual(['CYC-2025-1']);
    expect(gradeDistributionsBy(audits, [], 'serviceAreaId')).toHaveLength(1);
  });

  it('has counts that add up to the number of submitted audits, overall and in every group', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...GRADES), fc.constantFrom('t1', 't2', 't3'), fc.boolean()),
        ),
        (rows) => {
          const list = rows.map(([grade, teamId, submitted], i) =>
            (submitted ? aSubmittedAudit : aCompletedDraft)({
              id: `A${i}`,
              overallGrade: grade,
              teamId,
            }),
          );
          const sum = (counts: Record<Grade, number>): number =>
            GRADES.reduce((s, g) => s + counts[g], 0);
          const overall = gradeDistributions(list, []);
          expect(sum(overall.auditor.counts)).toBe(rows.filter(([, , s]) => s).length);
          expect(sum(overall.moderated.counts)).toBe(overall.auditor.total);
          const groups = gradeDistributionsBy(list, [], 'teamId');
          expect(groups.reduce((s, g) => s + g.auditor.total, 0)).toBe(overall.auditor.total);
          for (const g of groups) expect(sum(g.auditor.counts)).toBe(g.auditor.total);
        },
      ),
    );
  });
});
