import { describe, expect, it } from 'vitest';
import { anAction } from '../fixtures/builders';
import { newReminders, reminderStageOn } from './reminder-stages';

const due = '2025-04-17';
const action = anAction({ dueDate: due, state: 'InProgress' });
const kinds = (today: string, soFar?: Parameters<typeof newReminders>[1]) =>
  newReminders(action, soFar, today).events.map((e) =>
    e.kind === 'ActionOverdue' ? `${e.kind}:${e.escalatedTo}` : e.kind,
  );

describe('reminder stages', () => {
  it('climb from due soon to the head of service as the due date passes', () => {
    expect(
      ['2025-04-10', '2025-04-14', '2025-04-17', '2025-04-18', '2025-04-25'].map((d) =>
        reminderStageOn(action, d),
      ),
    ).toEqual(['None', 'DueSoon', 'Due', 'OverdueTeamManager', 'OverdueHeadOfService']);
  });

  it('raise each stage once for a due date, and nothing when nothing new is due', () => {
    expect(kinds('2025-04-15')).toEqual(['ActionDueSoon']);
    expect(kinds('2025-04-16', { dueDate: due, stage: 'DueSoon' })).toEqual([]);
    expect(kinds('2025-04-17', { dueDate: due, stage: 'DueSoon' })).toEqual(['ActionDue']);
    expect(kinds('2025-04-18', { dueDate: due, stage: 'Due' })).toEqual([
      'ActionOverdue:TeamManager',
    ]);
    expect(kinds('2025-04-25', { dueDate: due, stage: 'OverdueTeamManager' })).toEqual([
      'ActionOverdue:HeadOfService',
    ]);
  });

  it('start over when the due date changes, and never send a stale due-soon late', () => {
    expect(kinds('2025-04-15', { dueDate: '2025-03-01', stage: 'OverdueHeadOfService' })).toEqual([
      'ActionDueSoon',
    ]);
    expect(kinds('2025-04-25')).toEqual([
      'ActionOverdue:TeamManager',
      'ActionOverdue:HeadOfService',
    ]);
  });

  it('leave finished work alone', () => {
    const done = anAction({ dueDate: due, state: 'Completed' });
    expect(newReminders(done, undefined, '2025-04-25').events).toEqual([]);
  });
});
