import { describe, expect, it } from 'vitest';
import { GRADES } from '../domain/records';
import { buildGradeSharedCard, type GradeSharedModel } from './grade-shared.card';
import { allText, executeActions, topLevelTitles } from './testing/card-walk';

const model: GradeSharedModel = {
  kind: 'grade-shared',
  auditId: 'audit-1',
  cycleLabel: '2 March 2026 to 12 April 2026',
  caseNumber: 'CF-900001',
  grade: 'Good',
  auditorName: 'Sample Auditor',
  sharedOn: '2026-03-21',
  openUrl: 'https://teams.microsoft.com/l/entity/app/audits',
};

describe('grade shared with the practitioner', () => {
  it.each(GRADES)('shows the grade %s in the card body, in words', (grade) => {
    const card = buildGradeSharedCard({ ...model, grade });
    const gradeFact = card.body
      .flatMap((element) => (element.type === 'FactSet' ? element.facts : []))
      .find((f) => f.title === 'Overall grade');
    expect(gradeFact?.value).toBe(grade);
  });

  it('offers only Open audit: there is nothing to approve', () => {
    const card = buildGradeSharedCard(model);
    expect(topLevelTitles(card)).toEqual(['Open audit']);
    expect(executeActions(card)).toEqual([]);
  });

  it('says who shared it and when', () => {
    const text = allText(buildGradeSharedCard(model));
    expect(text).toContain('Sample Auditor has shared');
    expect(text).toContain('Saturday 21 March 2026');
  });
});
