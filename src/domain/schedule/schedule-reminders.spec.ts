import { describe, expect, it } from 'vitest';
import type { ScheduleActivity } from '../records/schedule';
import type { StaffMember } from '../records/staff';
import { activityOwners, newOccurrenceReminders, occurrenceStageOn } from './schedule-reminders';
import { aScheduleActivity } from '../fixtures/builders';

const activity = (over: Partial<ScheduleActivity> = {}) =>
  aScheduleActivity({ nextDue: '2026-12-10', ...over });

describe('where an occurrence stands', () => {
  it('is due soon a week before, due on the day, and missed the day after', () => {
    const stages = ['2026-12-02', '2026-12-03', '2026-12-09', '2026-12-10', '2026-12-11'].map(
      (day) => occurrenceStageOn(activity(), day),
    );
    expect(stages).toEqual(['None', 'DueSoon', 'DueSoon', 'Due', 'Missed']);
  });

  it('has none for an activity done as required, with no date', () => {
    expect(occurrenceStageOn(activity({ nextDue: null }), '2026-12-10')).toBe('None');
  });
});

describe('new reminders of an occurrence', () => {
  it('raises each stage once for a due date', () => {
    const first = newOccurrenceReminders(activity(), undefined, '2026-12-04');
    expect(first.events.map((e) => e.kind)).toEqual(['OccurrenceDueSoon']);
    expect(first.events[0]).toMatchObject({
      activityId: 'QA-FindingsReport',
      activity: 'FindingsReport',
      dueDate: '2026-12-10',
      actorId: 'system',
    });
    const again = newOccurrenceReminders(
      activity(),
      { dueDate: '2026-12-10', stage: first.stage },
      '2026-12-05',
    );
    expect(again.events).toEqual([]);
    const missed = newOccurrenceReminders(
      activity(),
      { dueDate: '2026-12-10', stage: 'Due' },
      '2026-12-20',
    );
    expect(missed.events.map((e) => e.kind)).toEqual(['OccurrenceMissed']);
  });

  it('does not raise a passed stage late: a scan first run after the date says missed only', () => {
    const late = newOccurrenceReminders(activity(), undefined, '2026-12-12');
    expect(late.events.map((e) => e.kind)).toEqual(['OccurrenceMissed']);
  });

  it('starts over once the occurrence is recorded and the date moves on', () => {
    const moved = activity({ nextDue: '2027-01-21', lastDone: '2026-12-10' });
    const next = newOccurrenceReminders(
      moved,
      { dueDate: '2026-12-10', stage: 'Due' },
      '2027-01-14',
    );
    expect(next.events.map((e) => [e.kind, e.dueDate])).toEqual([
      ['OccurrenceDueSoon', '2027-01-21'],
    ]);
  });
});

describe('who an activity is for', () => {
  const person = (id: string, role: StaffMember['role'], active = true): StaffMember => ({
    id,
    aadObjectId: id,
    displayName: id,
    role,
    teamId: null,
    serviceAreaId: null,
    active,
  });
  const staff = [
    person('hos-1', 'HeadOfService'),
    person('hos-2', 'HeadOfService'),
    person('hos-left', 'HeadOfService', false),
    person('qa', 'QALead'),
  ];

  it('is its named owner, or everyone active in the owner role', () => {
    const dip = activity({ activity: 'DipSampling', ownerRole: 'HeadOfService' });
    expect(activityOwners({ ...dip, ownerId: 'hos-2' }, staff)).toEqual(['hos-2']);
    expect(activityOwners(dip, staff)).toEqual(['hos-1', 'hos-2']);
  });

  it('falls back to the role when the named owner has left', () => {
    const dip = activity({ ownerRole: 'HeadOfService', ownerId: 'hos-left' });
    expect(activityOwners(dip, staff)).toEqual(['hos-1', 'hos-2']);
  });
});
