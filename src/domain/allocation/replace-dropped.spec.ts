import { describe, expect, it } from 'vitest';
import { assignBalanced } from './balanced-assignment';
import { aCase } from './draw.fixtures';
import { replaceDropped } from './replace-dropped';

const team = { tm1: 't1', tm2: 't2' } as Record<string, string>;
const mayTake = (c: { teamId: string }, id: string) => team[id] !== c.teamId;

describe('replacing cases dropped for auditor load', () => {
  it('takes the first case not drawn that an auditor has room for', () => {
    const [c1, c2, c3, c4] = [1, 2, 3, 4].map((n) =>
      aCase(n, { teamId: n === 4 ? 't2' : 't1', cohort: 'ChildInNeed' }),
    );
    const first = assignBalanced([c1, c2], ['tm1', 'tm2'], mayTake);
    expect(first.unassigned.map((c) => c.caseNumber)).toEqual([c2.caseNumber]);
    const replaced = replaceDropped(first, [c3, c4], ['tm1', 'tm2'], mayTake, false);
    expect(replaced.replacements).toEqual([{ dropped: c2.caseNumber, replacement: c4.caseNumber }]);
    expect(replaced.assignment.assigned.map((a) => [a.item.caseNumber, a.workerId])).toEqual([
      [c1.caseNumber, 'tm2'],
      [c4.caseNumber, 'tm1'],
    ]);
    expect(replaced.pool).toEqual([c3]);
  });

  it('prefers a case of the dropped case’s cohort when the draw is stratified', () => {
    const c1 = aCase(1, { teamId: 't1', cohort: 'ChildInNeed' });
    const c2 = aCase(2, { teamId: 't1', cohort: 'ChildProtection' });
    const other = aCase(3, { teamId: 't2', cohort: 'ChildInNeed' });
    const same = aCase(4, { teamId: 't2', cohort: 'ChildProtection' });
    const first = assignBalanced([c1, c2], ['tm1', 'tm2'], mayTake);
    const dropped = first.unassigned[0];
    const replaced = replaceDropped(first, [other, same], ['tm1', 'tm2'], mayTake, true);
    expect(replaced.replacements[0]?.replacement).toBe(
      dropped.cohort === 'ChildProtection' ? same.caseNumber : other.caseNumber,
    );
  });

  it('leaves a case unreplaced when nobody has room for any case left', () => {
    const [c1, c2] = [1, 2].map((n) => aCase(n, { teamId: 't1' }));
    const first = assignBalanced([c1, c2], ['tm1', 'tm2'], mayTake);
    const replaced = replaceDropped(
      first,
      [aCase(3, { teamId: 't1' })],
      ['tm1', 'tm2'],
      mayTake,
      false,
    );
    expect(replaced.replacements).toEqual([]);
  });
});
