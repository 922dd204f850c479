/**
 * The QA schedule's reminders over a simulated year (issue 13, "The QA schedule" and
 * "Scheduler"): a controllable clock ticks once a day, two server instances run the job at once
 * under its lease, and the real outbox publisher queues the cards. Each occurrence reminds its
 * owners a week before and on its date, exactly once each; a missed one goes to the QA lead,
 * once; recording it moves the date on; an activity done as required is never reminded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leased } from '../../src/app/jobs/job-lease';
import { raiseScheduleReminders } from '../../src/app/jobs/remind-schedule';
import { runCommand } from '../../src/app/commands/run-command';
import { recordOccurrenceCommand } from '../../src/app/registers/schedule-commands';
import type { ScheduleReminderModel } from '../../src/cards';
import { addDays } from '../../src/domain/calendar/calendar';
import { aScheduleActivity, STAFF } from '../../src/domain/fixtures/builders';
import type { OutboxRow } from '../../src/domain/ports';
import type { ScheduleActivity } from '../../src/domain/records/schedule';
import { startHarness, type Harness } from '../sharepoint/harness';
import { fixedClock, oidOf, seedOrganisation, servicesOn } from './services';

let h: Harness;
const clock = fixedClock('2026-01-01T06:00:00.000Z');

const activity = (over: Partial<ScheduleActivity>) => aScheduleActivity({ nextDue: null, ...over });

const ACTIVITIES: readonly ScheduleActivity[] = [
  // Every head of service's, every six weeks; one occurrence is left to be missed.
  activity({
    id: 'QA-FileAuditModeration',
    activity: 'FileAuditModeration',
    ownerRole: 'HeadOfService',
    nextDue: '2026-01-20',
  }),
  // A named team manager's, every three months, always done on the day.
  activity({
    id: 'QA-PerformanceData',
    activity: 'PerformanceData',
    ownerRole: 'TeamManager',
    ownerId: STAFF.teamManager,
    frequency: 'ThreeMonthly',
    nextDue: '2026-02-15',
  }),
  // Done as required: no date, never reminded.
  activity({
    id: 'QA-DipSampling',
    activity: 'DipSampling',
    ownerRole: 'HeadOfService',
    frequency: 'AsRequired',
  }),
];

beforeAll(async () => {
  h = await startHarness();
  await seedOrganisation(h.store);
  await h.store.saveAll(ACTIVITIES.map((record) => ({ kind: 'schedule', op: 'create', record })));
}, 60_000);
afterAll(() => h.close());

const scheduleRows = async (): Promise<OutboxRow[]> =>
  (await h.store.repo('outbox').list())
    .map((r) => r.record)
    .filter((r) => r.recordRef.startsWith('schedule:'));

describe('a simulated year of the QA schedule', () => {
  it('reminds each occurrence once at the right time, on two instances at once', async () => {
    const services = await servicesOn(h.store, 'local', clock);
    const other = await servicesOn(h.store, 'local', clock);
    const job = (on: typeof services) => ({
      name: 'schedule reminders',
      everyMs: 60 * 60 * 1000,
      run: () => raiseScheduleReminders(on, clock.now().toISOString().slice(0, 10)),
    });
    const a = leased(services, 'instance-a', job(services));
    const b = leased(other, 'instance-b', job(other));
    const record = async (id: string, by: string, on: string, outcome: 'Done' | 'NotDone') => {
      const found = await h.store.repo('schedule').get(id);
      const result = await runCommand(services, recordOccurrenceCommand, {
        oid: oidOf(by),
        id,
        version: found?.version ?? null,
        input: { outcome, on, note: outcome === 'Done' ? 'Done and shared.' : 'Panel moved.' },
      });
      expect(result.ok).toBe(true);
    };

    let ran = 0;
    for (let day = '2026-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      clock.set(`${day}T06:00:00.000Z`);
      const outcomes = await Promise.all([a.run(), b.run()]);
      ran += outcomes.filter((o) => o !== 'not-held').length;
      // Later that day the owners record what is due today, except the moderation panel of
      // 3 March, which is recorded three days late as not done, with why.
      const moderation = await h.store.repo('schedule').get('QA-FileAuditModeration');
      const due = moderation?.record.nextDue;
      if (due === day && day !== '2026-03-03') {
        await record('QA-FileAuditModeration', STAFF.headOfService, day, 'Done');
      }
      if (day === '2026-03-06') {
        await record('QA-FileAuditModeration', STAFF.moderator, '2026-03-06', 'NotDone');
      }
      const data = await h.store.repo('schedule').get('QA-PerformanceData');
      if (data?.record.nextDue === day) {
        await record('QA-PerformanceData', STAFF.teamManager, day, 'Done');
      }
    }
    // One instance held the lease each day: the other never ran the job as well.
    expect(ran).toBe(365);

    const rows = await scheduleRows();
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(rows.length);
    const sent = (activityId: string) =>
      rows
        .filter((r) => r.recordRef === `schedule:${activityId}`)
        .map((r) => {
          const model = JSON.parse(r.payload) as ScheduleReminderModel;
          return `${r.createdAt.slice(0, 10)} ${r.eventKind} ${model.dueDate} → ${r.recipientId}`;
        })
        .sort();

    // Six-weekly from 20 January; 3 March missed and recorded on 6 March, so the next is
    // 14 April (six weeks from the date it was due), and so on.
    const moderationDates = [
      '2026-01-20',
      '2026-03-03',
      '2026-04-14',
      '2026-05-26',
      '2026-07-07',
      '2026-08-18',
      '2026-09-29',
      '2026-11-10',
      '2026-12-22',
    ];
    const heads = [STAFF.moderator, STAFF.headOfService].sort();
    const expected = moderationDates.flatMap((due) => [
      ...heads.map((to) => `${addDays(due, -7)} OccurrenceDueSoon ${due} → ${to}`),
      ...heads.map((to) => `${due} OccurrenceDue ${due} → ${to}`),
      ...(due === '2026-03-03'
        ? [
            ...heads.map((to) => `2026-03-04 OccurrenceMissed ${due} → ${to}`),
            `2026-03-04 OccurrenceMissed ${due} → ${STAFF.qaLead}`,
          ]
        : []),
    ]);
    expect(sent('QA-FileAuditModeration')).toEqual(expected.sort());

    const dataDates = ['2026-02-15', '2026-05-15', '2026-08-15', '2026-11-15'];
    expect(sent('QA-PerformanceData')).toEqual(
      dataDates
        .flatMap((due) => [
          `${addDays(due, -7)} OccurrenceDueSoon ${due} → ${STAFF.teamManager}`,
          `${due} OccurrenceDue ${due} → ${STAFF.teamManager}`,
        ])
        .sort(),
    );
    expect(sent('QA-DipSampling')).toEqual([]);
  }, 600_000);

  it('tells the QA lead whose missed occurrence it is; the owners get their own words', async () => {
    const rows = (await scheduleRows()).filter((r) => r.eventKind === 'OccurrenceMissed');
    const models = rows.map(
      (r) => [r.recipientId, JSON.parse(r.payload) as ScheduleReminderModel] as const,
    );
    const toLead = models.find(([to]) => to === STAFF.qaLead)?.[1];
    expect(toLead).toMatchObject({
      kind: 'schedule-reminder',
      activity: 'FileAuditModeration',
      dueDate: '2026-03-03',
      notice: { kind: 'escalation', ownerName: 'the head of service' },
      openUrl: 'https://audit-loop.test/tab#/schedule/QA-FileAuditModeration',
    });
    const toHead = models.find(([to]) => to === STAFF.headOfService)?.[1];
    expect(toHead).toMatchObject({ notice: { kind: 'reminder', when: 'missed' } });
    // Cards carry references: never the outcomes typed on the activity.
    for (const row of rows) expect(row.payload).not.toContain('leadership team');
  });
});
