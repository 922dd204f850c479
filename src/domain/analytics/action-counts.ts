import type { Action } from '../records/action';
import { isOpenAction, isOverdueAction } from '../records/action';
import { groupBy, shareOf } from './group-by';

export interface ActionCounts {
  readonly total: number;
  /** Open or in progress. */
  readonly open: number;
  /** Open or in progress and past the due date at `today`. */
  readonly overdue: number;
  readonly completed: number;
  readonly verified: number;
  readonly closed: number;
  readonly notCompleted: number;
  /** Closed, or not completed with the reason recorded (section 6: closing the loop). */
  readonly loopClosed: number;
  /** Actions due by `today`, and any whose loop was closed before they fell due. */
  readonly due: number;
  /** loopClosed ÷ due; null when nothing is due. */
  readonly closingTheLoopRate: number | null;
}

const closesTheLoop = (a: Action): boolean =>
  a.state === 'Closed' || (a.state === 'NotCompleted' && a.notCompletedReason.trim() !== '');

/** Counts of actions by state, and the closing-the-loop rate (dates compared as ISO dates). */
export const actionCounts = (actions: readonly Action[], today: string): ActionCounts => {
  const count = (test: (a: Action) => boolean): number => actions.filter(test).length;
  const loopClosed = count(closesTheLoop);
  const due = count((a) => a.dueDate <= today || closesTheLoop(a));
  return {
    total: actions.length,
    open: count(isOpenAction),
    overdue: count((a) => isOverdueAction(a, today)),
    completed: count((a) => a.state === 'Completed'),
    verified: count((a) => a.state === 'Verified'),
    closed: count((a) => a.state === 'Closed'),
    notCompleted: count((a) => a.state === 'NotCompleted'),
    loopClosed,
    due,
    closingTheLoopRate: shareOf(loopClosed, due),
  };
};

/** Action counts by team, by service area or by cycle, in key order. */
export const actionCountsBy = (
  actions: readonly Action[],
  by: 'teamId' | 'serviceAreaId' | 'cycleId',
  today: string,
): (ActionCounts & { readonly key: string })[] =>
  [...groupBy(actions, (a) => a[by])].map(([key, group]) => ({
    key,
    ...actionCounts(group, today),
  }));
