import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { eventKey } from '../events/event-key';
import { anAction } from '../fixtures/builders';
import type { ReminderStage } from '../ports/infrastructure-records';
import { ACTION_STATES } from '../records/action';
import { addDays } from '../calendar/calendar';
import { newReminders } from './reminder-stages';
import { escalationOn } from './reminders-due';

const due = '2025-04-17';
const action = anAction({ dueDate: due });

describe('escalation', () => {
  it('goes to the team manager the day after the due date, the head of service after a week more', () => {
    expect(escalationOn(action, '2025-04-17')).toBe('None');
    expect(escalationOn(action, '2025-04-18')).toBe('TeamManager');
    expect(escalationOn(action, '2025-04-25')).toBe('HeadOfService');
  });

  it('never applies to work that is not open', () => {
    for (const state of ACTION_STATES.filter((s) => s !== 'Open' && s !== 'InProgress')) {
      expect(escalationOn(anAction({ state }), '2025-05-30')).toBe('None');
    }
  });
});

describe('daily reminder scans', () => {
  it('never raise a reminder twice, however many runs a day and whatever the due dates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 3 }),
        (offsets, days, runsADay) => {
          const start = '2025-04-01';
          const actions = offsets.map((o, i) =>
            anAction({ id: `A${String(i)}`, dueDate: addDays(start, o) }),
          );
          const ledger = new Map<string, { dueDate: string; stage: ReminderStage }>();
          const raised = new Set<string>();
          for (let d = 0; d < days; d++) {
            const today = addDays(start, d);
            for (let run = 0; run < runsADay; run++) {
              for (const a of actions) {
                const next = newReminders(a, ledger.get(a.id), today);
                for (const event of next.events) {
                  const key = eventKey(event);
                  if (raised.has(key)) return false;
                  raised.add(key);
                }
                ledger.set(a.id, { dueDate: a.dueDate, stage: next.stage });
              }
            }
          }
          return true;
        },
      ),
    );
  });
});
