import type { ActionNotice, ActionReminderModel } from '../../cards';
import type { Versioned } from '../../domain/ports';
import type { Action } from '../../domain/records';
import { isOpenAction } from '../../domain/records/action';
import { actionLink, type ModelContext } from './model-context';

/** A reminder's "when", from the due date and today's date (ISO, YYYY-MM-DD). */
export const reminderWhen = (
  dueDate: string,
  today: string,
): 'due-soon' | 'due-today' | 'overdue' =>
  dueDate > today ? 'due-soon' : dueDate === today ? 'due-today' : 'overdue';

export function reminderModel(
  context: ModelContext,
  found: Versioned<Action>,
  notice: ActionNotice,
): ActionReminderModel {
  const action = found.record;
  const completedAt = isOpenAction(action) ? null : action.completedAt;
  return {
    kind: 'action-reminder',
    actionId: action.id,
    version: found.version,
    caseNumber: action.caseNumber,
    dueDate: action.dueDate,
    immediate: action.immediate,
    notice,
    openUrl: actionLink(context, action.id),
    completed:
      completedAt === null
        ? null
        : {
            byName: context.directory.nameOf(action.completedById ?? action.ownerId),
            at: completedAt,
          },
  };
}
