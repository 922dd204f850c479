import { describe, expect, it } from 'vitest';
import { unresolvedReferences } from './references';

describe('references between lists (issue 12, item 15)', () => {
  const known = (target: string, key: string) =>
    (target === 'teams' && key === 'team-1') ||
    (target === 'serviceAreas' && key === 'svc-1') ||
    (target === 'staff' && key === 'sw-1');

  it('flags a hand-edited team id that no team has, naming the list', () => {
    expect(
      unresolvedReferences(
        'cases',
        { teamId: 'team-typo', serviceAreaId: 'svc-1', allocatedWorkerId: 'sw-1' },
        known,
      ),
    ).toEqual([{ field: 'teamId', found: 'team-typo', message: 'is not on the Teams list' }]);
  });

  it('flags nothing when every reference resolves, or an optional one is empty', () => {
    expect(unresolvedReferences('staff', { teamId: null, serviceAreaId: 'svc-1' }, known)).toEqual(
      [],
    );
    expect(unresolvedReferences('serviceAreas', { id: 'x' }, known)).toEqual([]);
  });
});
