import { describe, expect, it } from 'vitest';
import { aModeration } from '../fixtures/builders';
import type { Grade } from '../records/grade';
import { disagreementDirection } from './disagreement-direction';

const moderation = (auditorId: string, auditorGrade: Grade, moderatedGrade: Grade) =>
  aModeration({
    auditorId,
    auditorGrade,
    moderatedGrade,
    state: auditorGrade === moderatedGrade ? 'Agreed' : 'Disagreed',
  });

describe('disagreementDirection', () => {
  it('finds an auditor grades more generously when moderators grade lower', () => {
    const [tm1] = disagreementDirection([
      moderation('tm1', 'Good', 'Requires improvement to be good'),
      moderation('tm1', 'Outstanding', 'Good'),
      moderation('tm1', 'Good', 'Good'),
    ]);
    expect(tm1).toEqual({
      auditorId: 'tm1',
      moderated: 3,
      moderatedHigher: 0,
      moderatedLower: 2,
      same: 1,
      tendency: 'generous',
    });
  });

  it('finds an auditor grades more harshly when moderators grade higher', () => {
    const [tm2] = disagreementDirection([
      moderation('tm2', 'Inadequate', 'Requires improvement to be good'),
    ]);
    expect(tm2.tendency).toBe('harsh');
  });

  it('calls an auditor balanced when disagreements go both ways equally, or there are none', () => {
    const result = disagreementDirection([
      moderation('tm3', 'Good', 'Outstanding'),
      moderation('tm3', 'Good', 'Inadequate'),
      moderation('tm4', 'Good', 'Good'),
    ]);
    expect(result.map((r) => [r.auditorId, r.tendency])).toEqual([
      ['tm3', 'balanced'],
      ['tm4', 'balanced'],
    ]);
  });

  it('ignores moderations not yet done', () => {
    expect(disagreementDirection([aModeration({ state: 'Pending' })])).toEqual([]);
  });
});
