import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aModeration } from '../fixtures/builders';
import type { Grade } from '../records/grade';
import { GRADES } from '../records/grade';
import { gradeConfusionMatrix } from './confusion-matrix';
import { moderationAgreement, moderationKappa } from './moderation-agreement';

const moderated = (auditorGrade: Grade, moderatedGrade: Grade, id = 'M') =>
  aModeration({
    id,
    state: auditorGrade === moderatedGrade ? 'Agreed' : 'Disagreed',
    auditorGrade,
    moderatedGrade,
    moderatedAt: '2025-03-30T09:00:00Z',
  });

describe('moderationAgreement', () => {
  it('is the share of completed moderations that agreed with the auditor', () => {
    const result = moderationAgreement([
      moderated('Good', 'Good'),
      moderated('Good', 'Requires improvement to be good'),
      moderated('Inadequate', 'Inadequate'),
      moderated('Outstanding', 'Outstanding'),
      aModeration({ state: 'Pending' }),
    ]);
    expect(result).toEqual({ moderated: 4, agreed: 3, disagreed: 1, rate: 0.75 });
  });

  it('has no rate before anything is moderated', () => {
    expect(moderationAgreement([aModeration()]).rate).toBeNull();
  });
});

describe('gradeConfusionMatrix', () => {
  it("puts the auditor's grade on the rows and the moderator's on the columns, in scale order", () => {
    const matrix = gradeConfusionMatrix([
      { auditorGrade: 'Good', moderatedGrade: 'Requires improvement to be good' },
      { auditorGrade: 'Good', moderatedGrade: 'Good' },
    ]);
    expect(matrix).toEqual([
      [0, 0, 0, 0],
      [0, 1, 1, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
  });
});

describe('moderationKappa', () => {
  it('reports the confusion matrix and kappa for each weighting', () => {
    // Hand-computed: 4 moderations, diagonal 3, one Good→Requires improvement.
    // Rows (0,2,1,1)/4, columns (0,1,2,1)/4; unweighted pe = (0+2+2+1)/16 = 5/16, po = 3/4,
    // κ = (12/16 − 5/16) ÷ (11/16) = 7/11.
    const result = moderationKappa([
      moderated('Good', 'Good'),
      moderated('Good', 'Requires improvement to be good'),
      moderated('Requires improvement to be good', 'Requires improvement to be good'),
      moderated('Inadequate', 'Inadequate'),
    ]);
    expect(result.grades).toEqual(GRADES);
    expect(result.matrix[1]).toEqual([0, 1, 1, 0]);
    expect(result.rate).toBe(0.75);
    expect(result.unweighted).toBeCloseTo(7 / 11, 12);
    expect(result.linear).not.toBeNull();
    expect(result.quadratic ?? 0).toBeGreaterThan(result.unweighted ?? 1);
  });

  it('reports kappa 1 when every moderation agreed and more than one grade was given', () => {
    const result = moderationKappa([
      moderated('Good', 'Good'),
      moderated('Inadequate', 'Inadequate'),
    ]);
    expect([result.unweighted, result.linear, result.quadratic]).toEqual([1, 1, 1]);
  });

  it('reports kappa as undefined when every audit had the same grade from both', () => {
    const result = moderationKappa([moderated('Good', 'Good'), moderated('Good', 'Good')]);
    expect(result.rate).toBe(1);
    expect(result.unweighted).toBeNull();
  });

  it('has kappa 1 whenever the agreement rate is 1 and the grades vary', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...GRADES), { minLength: 2 }).filter((g) => new Set(g).size > 1),
        (grades) => {
          const result = moderationKappa(grades.map((g, i) => moderated(g, g, `M${i}`)));
          expect(result.rate).toBe(1);
          expect(result.unweighted).toBeCloseTo(1, 12);
          expect(result.quadratic).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('counts every completed moderation once in the matrix', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...GRADES), fc.constantFrom(...GRADES))),
        (pairs) => {
          const result = moderationKappa(pairs.map(([a, m], i) => moderated(a, m, `M${i}`)));
          expect(result.matrix.flat().reduce((x, y) => x + y, 0)).toBe(result.moderated);
        },
      ),
    );
  });
});
