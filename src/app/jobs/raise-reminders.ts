import type { DomainEvent } from '../../domain/events/domain-event';
import type { Change, ReminderRecord, Versioned } from '../../domain/ports';
import type { Action } from '../../domain/records/action';
import { DEFAULT_REMINDER_POLICY, newReminders, type ReminderPolicy } from '../../domain/reminders';
import { addDays } from '../../domain/calendar/calendar';
import { isOpenAction } from '../../domain/records/action';
import type { Services } from '../services';

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
  const reminded: Versioned<Action>[] = [];
  const ledger: Change[] = [];
  const now = services.clock.now().toISOString();
  for (const action of inWindow) {
    const soFar = model.get('reminders', action.record.id);
    const due = newReminders(action.record, soFar?.record, today, policy);
    if (due.events.length === 0) continue;
    events.push(...due.events);
    reminded.push(action);
    const record: ReminderRecord = {
      id: action.record.id,
      dueDate: action.record.dueDate,
      stage: due.stage,
      updatedAt: now,
    };
    ledger.push(
      soFar === undefined
        ? { kind: 'reminders', op: 'create', record }
        : { kind: 'reminders', op: 'update', record, expectedVersion: soFar.version },
    );
  }
  if (events.length === 0) return { inWindow: inWindow.length, raised: 0 };
  const audits = [...new Set(reminded.map((a) => a.record.auditId))]
    .map((id) => model.get('audits', id))
    .filter((a) => a !== undefined);
  // Queued first: were the scan to stop between the two, the next raises the same keys again
  // and the outbox, keyed per event and recipient, creates nothing twice.
  await services.notifications.publish(events, { actions: reminded, audits });
  const saved = await services.store.saveEach(ledger);
  ledger.forEach((change, i) => {
    const outcome = saved.at(i);
    if (outcome !== undefined && !(outcome instanceof Error)) {
      services.readModel.accept(change.kind, outcome);
    }
  });
  return { inWindow: inWindow.length, raised: events.length };
}
