import type { ActionCounts } from '../analytics/action-counts';
import { actionCounts } from '../analytics/action-counts';
import { groupBy } from '../analytics/group-by';
import { timelinessOf } from '../analytics/timeliness';
import type { Action } from '../records/action';
import { isFinishedAction, isOverdueAction } from '../records/action';
import type { Share } from './share';
import { shareFigure } from './share';

export interface OwnerActions {
  readonly ownerId: string;
  readonly total: number;
  readonly open: number;
  readonly overdue: number;
  /** Closed, or recorded as not completed. */
  readonly finished: number;
}

export interface ActionFigures {
  readonly counts: ActionCounts;
  /** Of the actions due (or done), those completed by their due date. */
  readonly onTime: Share;
  /** Of the actions due, those whose loop is closed (section 6). */
  readonly closingTheLoop: Share;
  readonly byOwner: readonly OwnerActions[];
  /** Not completed: with the reason recorded, and without (a gap for the QA lead). */
  readonly notCompleted: { readonly withReason: number; readonly withoutReason: number };
}

export const actionFigures = (actions: readonly Action[], today: string): ActionFigures => {
  const counts = actionCounts(actions, today);
  const timeliness = timelinessOf(
    actions
      .filter((a) => a.state !== 'NotCompleted')
      .map((a) => ({ due: a.dueDate, doneAt: a.completedAt ?? a.closedAt })),
    today,
  );
  const notCompleted = actions.filter((a) => a.state === 'NotCompleted');
  const withReason = notCompleted.filter((a) => a.notCompletedReason.trim() !== '').length;
  return {
    counts,
    onTime: shareFigure(timeliness.onTime, timeliness.due),
    closingTheLoop: shareFigure(counts.loopClosed, counts.due),
    byOwner: [...groupBy(actions, (a) => a.ownerId)].map(([ownerId, group]) => ({
      ownerId,
      total: group.length,
      open: group.filter((a) => a.state === 'Open' || a.state === 'InProgress').length,
      overdue: group.filter((a) => isOverdueAction(a, today)).length,
      finished: group.filter(isFinishedAction).length,
    })),
    notCompleted: { withReason, withoutReason: notCompleted.length - withReason },
  };
};
