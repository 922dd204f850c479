import type { ScheduleEvent } from '../../domain/events/domain-event';
import type { Versioned } from '../../domain/ports';
import type { ScheduleActivity } from '../../domain/records/schedule';
import {
  DEFAULT_SCHEDULE_REMINDER_POLICY,
  newOccurrenceReminders,
  type ScheduleReminderPolicy,
} from '../../domain/schedule/schedule-reminders';
import type { Services } from '../services';
import { publishReminders, type Reminded } from './reminder-ledger';

export interface ScheduleScan {
  /** Activities with an occurrence due (those done as required have none). */
  readonly scheduled: number;
  /** Reminders and escalations raised now (none that were raised before). */
  readonly raised: number;
}

/**
 * The QA schedule's reminders (a job of the scheduler, under its own lease): each activity's
 * next occurrence reminds its owner a week before and on its date, and once the date has passed
 * with nothing recorded, the QA lead too. Each stage is raised once for a due date, recorded on
 * the Reminders list as an action's are; recording the occurrence moves the date on, and the
 * stages start over. The whole read model is caught up first: an occurrence recorded a moment
 * ago on another instance must not be reminded as missed.
 */
export async function raiseScheduleReminders(
  services: Services,
  today: string,
  policy: ScheduleReminderPolicy = DEFAULT_SCHEDULE_REMINDER_POLICY,
): Promise<ScheduleScan> {
  await services.readModel.refresh();
  const model = services.readModel;
  const scheduled = model.records('schedule').filter((a) => a.record.nextDue !== null);
  const events: ScheduleEvent[] = [];
  const activities: Versioned<ScheduleActivity>[] = [];
  const reminded: Reminded[] = [];
  for (const activity of scheduled) {
    const { id, nextDue } = activity.record;
    const soFar = model.get('reminders', id)?.record;
    const due = newOccurrenceReminders(activity.record, soFar, today, policy);
    if (due.events.length === 0 || nextDue === null) continue;
    events.push(...due.events);
    activities.push(activity);
    reminded.push({ id, dueDate: nextDue, stage: due.stage });
  }
  await publishReminders(services, events, reminded, { activities });
  return { scheduled: scheduled.length, raised: events.length };
}
