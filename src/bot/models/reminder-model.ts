import type { ActionNotice, ActionReminderModel } from '../../cards';
import type { Versioned } from '../../domain/ports';
import type { Action } from '../../domain/records';
import { ACTION_COMPLETE_ACTION } from './closure-model';
import { actionLink, nameOfOid, type ModelContext } from './model-context';

/** A reminder's "when", from the due date and today's date (ISO, YYYY-MM-DD). */
export const reminderWhen = (
  dueDate: string,
  today: string,
): 'due-soon' | 'due-today' | 'overdue' =>
  dueDate > today ? 'due-soon' : dueDate === today ? 'due-today' : 'overdue';

const COMPLETED_STATES: readonly Action['state'][] = ['Completed', 'Verified', 'Closed'];

export async function reminderModel(
  context: ModelContext,
  found: Versioned<Action>,
  notice: ActionNotice,
): Promise<ActionReminderModel> {
  const action = found.record;
  let completed: ActionReminderModel['completed'] = null;
  if (COMPLETED_STATES.includes(action.state)) {
    const entry = (
      await context.reader.logEntries(`action:${action.id}`, ACTION_COMPLETE_ACTION)
    ).at(0);
    completed = {
      byName:
        entry === undefined
          ? context.directory.nameOf(action.ownerId)
          : nameOfOid(context, entry.actorOid),
      at: action.completedAt ?? entry?.at ?? action.createdAt,
    };
  }
  return {
    kind: 'action-reminder',
    actionId: action.id,
    version: found.version,
    caseNumber: action.caseNumber,
    description: action.description,
    dueDate: action.dueDate,
    immediate: action.immediate,
    notice,
    openUrl: actionLink(context, action.id),
    completed,
  };
}
