import type { OccurrenceNotice, ScheduleReminderModel } from '../../cards';
import type { ScheduleEvent } from '../../domain/events';
import type { ScheduleActivity } from '../../domain/records/schedule';
import { ROLE_LABELS } from '../../domain/records/staff';
import { scheduleLink, type ModelContext } from './model-context';

/**
 * The card one recipient gets for a reminder of the QA schedule: the owner is reminded; the QA
 * lead, told of a missed occurrence that is not theirs, is told whose it is.
 */
export function scheduleReminderModel(
  context: ModelContext,
  event: ScheduleEvent,
  activity: ScheduleActivity,
  owners: readonly string[],
  recipientId: string,
): ScheduleReminderModel {
  const notice: OccurrenceNotice = owners.includes(recipientId)
    ? {
        kind: 'reminder',
        when:
          event.kind === 'OccurrenceDueSoon'
            ? 'due-soon'
            : event.kind === 'OccurrenceDue'
              ? 'due-today'
              : 'missed',
      }
    : {
        kind: 'escalation',
        ownerName:
          owners.length === 1
            ? context.directory.nameOf(owners[0] ?? null)
            : `the ${ROLE_LABELS[activity.ownerRole].toLowerCase()}`,
      };
  return {
    kind: 'schedule-reminder',
    activityId: activity.id,
    activity: event.activity,
    dueDate: event.dueDate,
    notice,
    openUrl: scheduleLink(context, activity.id),
  };
}
