import type { DomainEvent } from '../../domain/events/domain-event';
import type { Change, ReminderRecord, ReminderStage } from '../../domain/ports';
import type { KnownRecords } from '../notifications';
import type { Services } from '../services';

/** One record reminded now: its id, the due date reminded and the stage reached. */
export interface Reminded {
  readonly id: string;
  readonly dueDate: string;
  readonly stage: ReminderStage;
}

/**
 * Publishes the reminders a scan raised, then records in the Reminders list how far each record
 * has gone (in `$batch` requests), so the next scan raises nothing twice. Queued first: were the
 * scan to stop between the two, the next raises the same keys again, and the outbox — keyed per
 * event and recipient — creates nothing twice.
 */
export async function publishReminders(
  services: Services,
  events: readonly DomainEvent[],
  reminded: readonly Reminded[],
  known: KnownRecords,
): Promise<void> {
  if (events.length === 0) return;
  const model = services.readModel;
  const now = services.clock.now().toISOString();
  const ledger: Change[] = reminded.map(({ id, dueDate, stage }) => {
    const record: ReminderRecord = { id, dueDate, stage, updatedAt: now };
    const soFar = model.get('reminders', id);
    return soFar === undefined
      ? { kind: 'reminders', op: 'create', record }
      : { kind: 'reminders', op: 'update', record, expectedVersion: soFar.version };
  });
  await services.notifications.publish(events, known);
  const saved = await services.store.saveEach(ledger);
  ledger.forEach((change, i) => {
    const outcome = saved.at(i);
    if (outcome !== undefined && !(outcome instanceof Error)) model.accept(change.kind, outcome);
  });
}
