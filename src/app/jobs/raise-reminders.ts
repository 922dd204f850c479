import type { DomainEvent } from '../../domain/events/domain-event';
import type { Versioned } from '../../domain/ports';
import type { Action } from '../../domain/records/action';
import { DEFAULT_REMINDER_POLICY, newReminders, type ReminderPolicy } from '../../domain/reminders';
import { addDays } from '../../domain/calendar/calendar';
import { isOpenAction } from '../../domain/records/action';
import type { Services } from '../services';
import { publishReminders, type Reminded } from './reminder-ledger';

export interface ReminderScan {
  /** Open actions within the reminder window today. */
  readonly inWindow: number;
  /** Reminders and escalations raised now (none that were raised before). */
  readonly raised: number;
}

/**
 * The reminder scan (the scheduler's job): from the read model, the open actions whose due date
 * is within the reminder window; for each, only the stages not yet raised for its due date (the
 * Reminders list records how far each has gone), so a second scan on the same day raises and
 * writes nothing. The events go to the outbox with the actions in hand, and the new stages are
 * written in `$batch` requests. No action or audit is read again, one by one.
 */
export async function raiseDueReminders(
  services: Services,
  today: string,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): Promise<ReminderScan> {
  const model = await services.readModel.fresh();
  const horizon = addDays(today, policy.dueSoonDays);
  const inWindow = model
    .records('actions')
    .filter((a) => isOpenAction(a.record) && a.record.dueDate <= horizon);
  const events: DomainEvent[] = [];
  const actions: Versioned<Action>[] = [];
  const reminded: Reminded[] = [];
  for (const action of inWindow) {
    const { id, dueDate } = action.record;
    const due = newReminders(action.record, model.get('reminders', id)?.record, today, policy);
    if (due.events.length === 0) continue;
    events.push(...due.events);
    actions.push(action);
    reminded.push({ id, dueDate, stage: due.stage });
  }
  const audits = [...new Set(actions.map((a) => a.record.auditId))]
    .map((id) => model.get('audits', id))
    .filter((a) => a !== undefined);
  await publishReminders(services, events, reminded, { actions, audits });
  return { inWindow: inWindow.length, raised: events.length };
}
