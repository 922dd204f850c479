import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { anAction } from '../fixtures/builders';
import { ACTION_STATES } from '../records/action';
import { addDays } from '../calendar/calendar';
import { escalationOn, remindersDue } from './reminders-due';

const due = '2025-04-17';
const action = anAction({ dueDate: due });
const kindsOn = (today: string, policy?: { dueSoonDays: number; headOfServiceAfterDays: number }) =>
  remindersDue([action], today, policy).map((r) => r.key);

describe('remindersDue', () => {
  it('reminds the owner three days before the due date by default', () => {
    expect(kindsOn('2025-04-13')).toEqual([]);
    expect(kindsOn('2025-04-14')).toEqual([`ActionDueSoon:${action.id}:${due}:None`]);
  });

  it('honours a configured due-soon window', () => {
    expect(kindsOn('2025-04-10', { dueSoonDays: 7, headOfServiceAfterDays: 7 })).toHaveLength(1);
  });

  it('reminds on the due date', () => {
    expect(kindsOn(due)).toEqual([`ActionDue:${action.id}:${due}:None`]);
  });

  it('escalates to the team manager the day after the due date', () => {
    expect(kindsOn('2025-04-18')).toEqual([`ActionOverdue:${action.id}:${due}:TeamManager`]);
    expect(escalationOn(action, '2025-04-18')).toBe('TeamManager');
  });

  it('escalates to the head of service after a further seven days', () => {
    expect(kindsOn('2025-04-24')).toEqual([`ActionOverdue:${action.id}:${due}:TeamManager`]);
    expect(kindsOn('2025-04-25')).toEqual([
      `ActionOverdue:${action.id}:${due}:TeamManager`,
      `ActionOverdue:${action.id}:${due}:HeadOfService`,
    ]);
    expect(escalationOn(action, '2025-04-25')).toBe('HeadOfService');
  });

  it('raises events from the system about the action, keyed as the event', () => {
    const [reminder] = remindersDue([action], due);
    expect(reminder.event).toMatchObject({
      kind: 'ActionDue',
      actorId: 'system',
      actionId: action.id,
      dueDate: due,
      caseNumber: 'CF-100234',
    });
  });

  it('never reminds about actions that are completed, verified, closed or not completed', () => {
    for (const state of ACTION_STATES.filter((s) => s !== 'Open' && s !== 'InProgress')) {
      expect(remindersDue([anAction({ state })], '2025-05-30')).toEqual([]);
      expect(escalationOn(anAction({ state }), '2025-05-30')).toBe('None');
    }
  });

  it('never raises a reminder twice across daily reruns, whatever the due dates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 40 }),
        (offsets, days) => {
          const start = '2025-04-01';
          const actions = offsets.map((o, i) =>
            anAction({ id: `A${i}`, dueDate: addDays(start, o) }),
          );
          const raised = new Set<string>();
          for (let d = 0; d < days; d++) {
            const today = addDays(start, d);
            for (const r of remindersDue(actions, today, undefined, raised)) {
              if (raised.has(r.key)) return false;
              raised.add(r.key);
            }
            // A rerun on the same day raises nothing new.
            if (remindersDue(actions, today, undefined, raised).length > 0) return false;
          }
          return true;
        },
      ),
    );
  });

  it('gives the same keys on every run of the same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 30 }), (offset) => {
        const today = addDays(due, offset);
        return (
          JSON.stringify(remindersDue([action], today)) ===
          JSON.stringify(remindersDue([action], today))
        );
      }),
    );
  });
});
