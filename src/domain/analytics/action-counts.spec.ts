import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anAction } from '../fixtures/builders';
import { ACTION_STATES } from '../records/action';
import { actionCounts, actionCountsBy } from './action-counts';

const today = '2025-04-20';
const actions = [
  anAction({ id: '1', state: 'Open', dueDate: '2025-04-17' }),
  anAction({ id: '2', state: 'InProgress', dueDate: '2025-04-30' }),
  anAction({ id: '3', state: 'Completed', dueDate: '2025-04-10' }),
  anAction({ id: '4', state: 'Verified', dueDate: '2025-04-10' }),
  anAction({ id: '5', state: 'Closed', dueDate: '2025-04-10', teamId: 't2' }),
  anAction({
    id: '6',
    state: 'NotCompleted',
    notCompletedReason: 'Child moved out of area.',
    dueDate: '2025-04-10',
  }),
  anAction({ id: '7', state: 'NotCompleted', notCompletedReason: ' ', dueDate: '2025-04-10' }),
  anAction({ id: '8', state: 'Closed', dueDate: '2025-05-30', teamId: 't2' }),
];

describe('actionCounts', () => {
  it('counts actions by state, and the open ones past due as overdue', () => {
    expect(actionCounts(actions, today)).toMatchObject({
      total: 8,
      open: 2,
      overdue: 1,
      completed: 1,
      verified: 1,
      closed: 2,
      notCompleted: 2,
    });
  });

  it('closes the loop on closed actions and on those not completed with a reason', () => {
    // Due: 1, 3, 4, 5, 6, 7 by date, plus 8 closed early → 7; loop closed: 5, 6, 8 → 3.
    const counts = actionCounts(actions, today);
    expect(counts.loopClosed).toBe(3);
    expect(counts.due).toBe(7);
    expect(counts.closingTheLoopRate).toBeCloseTo(3 / 7, 12);
  });

  it('has no closing-the-loop rate while nothing is due', () => {
    expect(
      actionCounts([anAction({ dueDate: '2025-05-01' })], today).closingTheLoopRate,
    ).toBeNull();
  });

  it('never gives a closing-the-loop rate above 1, and states add up to the total', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...ACTION_STATES),
            fc.constantFrom('2025-04-01', '2025-05-01'),
            fc.boolean(),
          ),
        ),
        (rows) => {
          const list = rows.map(([state, dueDate, reason], i) =>
            anAction({ id: `${i}`, state, dueDate, notCompletedReason: reason ? 'Reason.' : '' }),
          );
          const c = actionCounts(list, today);
          expect(c.open + c.completed + c.verified + c.closed + c.notCompleted).toBe(c.total);
          if (c.closingTheLoopRate !== null) expect(c.closingTheLoopRate).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('actionCountsBy', () => {
  it('counts by team, in team order', () => {
    const byTeam = actionCountsBy(actions, 'teamId', today);
    expect(byTeam.map((c) => [c.key, c.total, c.closed])).toEqual([
      ['t2', 2, 2],
      ['team-n1', 6, 0],
    ]);
  });
});
