import { describe, expect, it } from 'vitest';
import type { Actor } from '../records/actor';
import { addMonths, editActivity, nextDueAfter, recordOccurrence } from './occurrences';
import { aScheduleActivity } from '../fixtures/builders';

const activity = aScheduleActivity;
const qa: Actor = { id: 'qa', role: 'QALead', teamId: null, serviceAreaId: null };
const hos: Actor = { id: 'hos', role: 'HeadOfService', teamId: null, serviceAreaId: 'svc' };
const NOW = '2026-12-02T10:00:00.000Z';

describe('dates of the next occurrence', () => {
  it('moves by the frequency, keeping the day or the month’s last', () => {
    expect(nextDueAfter('SixWeekly', '2026-12-01')).toBe('2027-01-12');
    expect(nextDueAfter('ThreeMonthly', '2026-11-30')).toBe('2027-02-28');
    expect(nextDueAfter('SixMonthly', '2026-08-31')).toBe('2027-02-28');
    expect(nextDueAfter('Annual', '2028-02-29')).toBe('2029-02-28');
    expect(nextDueAfter('AsRequired', '2026-12-01')).toBeNull();
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});

describe('recording an occurrence', () => {
  it('done: keeps the outcome, moves the activity on from the date it was due', () => {
    const result = recordOccurrence(activity(), qa, {
      outcome: 'Done',
      on: '2026-12-02',
      note: 'Report presented.',
      now: NOW,
    });
    expect(result.ok && result.value).toMatchObject({
      lastDone: '2026-12-02',
      nextDue: '2027-01-12',
      history: [{ due: '2026-12-01', outcome: 'Done', on: '2026-12-02', byId: 'qa' }],
    });
  });

  it('not done: keeps the reason and the last date done, and still moves on', () => {
    const result = recordOccurrence(activity({ lastDone: '2026-10-20' }), qa, {
      outcome: 'NotDone',
      on: '2026-12-02',
      note: 'Postponed: inspection week.',
      now: NOW,
    });
    expect(result.ok && result.value).toMatchObject({
      lastDone: '2026-10-20',
      nextDue: '2027-01-12',
    });
  });

  it('asks for the outcome or the reason, and refuses a date in the future, naming the field', () => {
    const result = recordOccurrence(activity(), qa, {
      outcome: 'NotDone',
      on: '2026-12-03',
      note: ' ',
      now: NOW,
    });
    expect(!result.ok && result.error.issues).toEqual([
      { field: 'on', message: 'cannot be in the future' },
      { field: 'note', message: 'is required: say why' },
    ]);
  });

  it('is for the owner or the QA lead only', () => {
    const owned = activity({ ownerRole: 'HeadOfService', ownerId: 'hos' });
    const input = { outcome: 'Done', on: '2026-12-02', note: 'Done.', now: NOW } as const;
    expect(recordOccurrence(owned, hos, input).ok).toBe(true);
    expect(recordOccurrence(owned, { ...hos, id: 'other-hos' }, input).ok).toBe(false);
    expect(recordOccurrence(activity(), hos, input).ok).toBe(false);
  });
});

describe('editing an activity', () => {
  const input = {
    ownerRole: 'HeadOfService',
    ownerId: 'hos',
    frequency: 'ThreeMonthly',
    nextDue: '2027-01-05',
    outcomes: 'Dip samples reported to the leadership team.',
  } as const;

  it('the QA lead edits who, how often, when and what for', () => {
    const result = editActivity(activity(), qa, input, { role: 'HeadOfService', active: true });
    expect(result.ok && result.value).toMatchObject(input);
  });

  it('refuses anyone else, and an owner without the role or not active', () => {
    expect(editActivity(activity(), hos, input, { role: 'HeadOfService', active: true }).ok).toBe(
      false,
    );
    const wrongRole = editActivity(activity(), qa, input, { role: 'TeamManager', active: true });
    expect(!wrongRole.ok && wrongRole.error.issues[0]?.field).toBe('ownerId');
    const gone = editActivity(activity(), qa, input, null);
    expect(!gone.ok && gone.error.issues[0]?.field).toBe('ownerId');
  });
});
