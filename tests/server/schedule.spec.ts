/**
 * The QA schedule (issue 13, section 6 of the framework): the QA lead edits each activity (who,
 * how often, when next due, what for); its owner records each occurrence, done with its outcome
 * or not done with a reason, and the activity moves on to its next due date. One command each,
 * logged; refused in plain words, naming the field; a stale version is a conflict.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/contract';
import type { ScheduleActivityResponse, ScheduleResponse } from '../../src/contract/registers';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const activity = async (as = 'qa') =>
  (await h.as<ScheduleResponse>(as, 'GET', '/api/schedule')).body.items.find(
    (a) => a.record.id === 'SCH-1',
  );

describe('the QA schedule', () => {
  it('says who may do what: the QA lead edits and records, others only see it', async () => {
    expect((await activity('qa'))?.allowed).toEqual(['recordOccurrence', 'editActivity']);
    expect((await activity('hos-n'))?.allowed).toEqual([]);
  });

  it('the QA lead names a head of service as owner, three-monthly', async () => {
    const before = await activity();
    const edited = await h.as<ScheduleActivityResponse>('qa', 'PUT', '/api/schedule/SCH-1', {
      version: before?.version,
      ownerRole: 'HeadOfService',
      ownerId: 'hos-n',
      frequency: 'ThreeMonthly',
      nextDue: '2025-03-31',
      outcomes: 'Dip samples reported to the leadership team.',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.activity.record).toMatchObject({
      ownerId: 'hos-n',
      frequency: 'ThreeMonthly',
    });
    expect(edited.body.activity.names['hos-n']).toBe('Ida Head');
    const stored = await h.store.repo('schedule').get('SCH-1');
    expect(stored?.record.ownerId).toBe('hos-n');
  });

  it('refuses an owner who does not hold the role, naming the field', async () => {
    const before = await activity();
    const refused = await h.as<ApiError>('qa', 'PUT', '/api/schedule/SCH-1', {
      version: before?.version,
      ownerRole: 'HeadOfService',
      ownerId: 'tm-n1',
      frequency: 'ThreeMonthly',
      nextDue: '2025-03-31',
      outcomes: 'x',
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toMatch(/does not hold the role/);
  });

  it('its owner records it done with the outcome; it moves on three months, logged', async () => {
    const mine = await activity('hos-n');
    expect(mine?.allowed).toEqual(['recordOccurrence']);
    const done = await h.as<ScheduleActivityResponse>(
      'hos-n',
      'POST',
      '/api/schedule/SCH-1/occurrences',
      {
        version: mine?.version,
        outcome: 'Done',
        on: '2025-03-20',
        note: 'Eight audits sampled; findings to the leadership team.',
      },
    );
    expect(done.status).toBe(200);
    expect(done.body.activity.record).toMatchObject({
      lastDone: '2025-03-20',
      nextDue: '2025-06-30',
      history: [{ due: '2025-03-31', outcome: 'Done', byId: 'hos-n' }],
    });
    await h.services.auditLog.flush();
    const log = await h.store.repo('auditLog').list({ where: { record: 'schedule:SCH-1' } });
    expect(log.map((e) => e.record.action)).toContain('schedule.recordOccurrence');
    expect(log.map((e) => e.record.action)).toContain('schedule.edit');
  });

  it('refuses someone else, a future date or a missing reason, and a stale version', async () => {
    const now = await activity('hos-n2');
    const other = await h.as<ApiError>('hos-n2', 'POST', '/api/schedule/SCH-1/occurrences', {
      version: now?.version,
      outcome: 'Done',
      on: '2025-03-20',
      note: 'x',
    });
    expect(other.status).toBe(403);
    const bad = await h.as<ApiError>('hos-n', 'POST', '/api/schedule/SCH-1/occurrences', {
      version: now?.version,
      outcome: 'NotDone',
      on: '2025-03-21',
      note: '',
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/cannot be in the future/);
    const stale = await h.as<ApiError>('hos-n', 'POST', '/api/schedule/SCH-1/occurrences', {
      version: '"stale"',
      outcome: 'NotDone',
      on: '2025-03-20',
      note: 'Postponed.',
    });
    expect(stale.status).toBe(409);
    expect((await h.store.repo('schedule').get('SCH-1'))?.record.history).toHaveLength(1);
  });
});
