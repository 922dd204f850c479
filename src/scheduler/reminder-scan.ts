import { addDays } from '../domain/calendar/calendar';
import type { Store, Versioned } from '../domain/ports';
import type { Action } from '../domain/records';
import {
  DEFAULT_REMINDER_POLICY,
  REMINDED_STATES,
  remindersDue,
  type ReminderPolicy,
} from '../domain/reminders';
import type { Notifications } from '../app/services';

export interface ScanResult {
  readonly itemsRead: number;
  readonly remindersRaised: number;
}

/**
 * The daily reminder scan: reads only the actions that can be due (state Open or In progress,
 * due on or before today + the due-soon window) through indexed filters — never the whole
 * Actions list — and publishes the reminders and escalations the domain says are due. The
 * outbox keys each (event, recipient), so a second scan on the same day sends nothing twice.
 */
export async function scanReminders(
  store: Store,
  notifications: Notifications,
  today: string,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): Promise<ScanResult> {
  const horizon = addDays(today, policy.dueSoonDays);
  const candidates: Versioned<Action>[] = [];
  for (const state of REMINDED_STATES) {
    candidates.push(
      ...(await store
        .repo('actions')
        .list({ where: { state }, onOrBefore: { field: 'dueDate', value: horizon } })),
    );
  }
  const due = remindersDue(
    candidates.map((c) => c.record),
    today,
    policy,
  );
  await notifications.publish(due.map((d) => d.event));
  return { itemsRead: candidates.length, remindersRaised: due.length };
}
