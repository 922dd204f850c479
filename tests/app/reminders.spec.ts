/** The reminder scan on the real store: each stage once, and nothing but a catch-up when nothing is new. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raiseDueReminders } from '../../src/app/jobs/raise-reminders';
import { anAction } from '../../src/domain/fixtures/builders';
import { graphRequests } from '../../scripts/bench/graph-requests';
import { startServerHarness, type ServerHarness } from '../server/harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
  await h.store.saveAll(
    ['2025-03-21', '2025-03-20', '2025-03-19', '2025-03-05'].map((dueDate, i) => ({
      kind: 'actions',
      op: 'create',
      record: anAction({
        id: `REM-${String(i)}`,
        auditId: 'AUD-B',
        teamId: 'team-n1',
        serviceAreaId: 'svc-n',
        ownerId: 'sw-n1a',
        dueDate,
      }),
    })),
  );
}, 60_000);
afterAll(() => h.close());

const kinds = (since: number) =>
  h.events
    .slice(since)
    .filter((e) => 'actionId' in e && e.actionId.startsWith('REM-'))
    .map((e) => `${e.kind}${e.kind === 'ActionOverdue' ? `:${e.escalatedTo}` : ''}`)
    .sort();

describe('the reminder scan', () => {
  it('raises what is due today, once', async () => {
    const since = h.events.length;
    await raiseDueReminders(h.services, '2025-03-20');
    expect(kinds(since)).toEqual([
      'ActionDue',
      'ActionDueSoon',
      'ActionOverdue:HeadOfService',
      'ActionOverdue:TeamManager',
      'ActionOverdue:TeamManager',
    ]);
    const ledger = await h.store.repo('reminders').get('REM-3');
    expect(ledger?.record).toMatchObject({ stage: 'OverdueHeadOfService', dueDate: '2025-03-05' });
  });

  it('a second run the same day raises nothing, writes nothing and reads only the catch-up', async () => {
    const since = h.events.length;
    h.emulator.counters.reset();
    const result = await raiseDueReminders(h.services, '2025-03-20');
    expect(result.raised).toBe(0);
    expect(kinds(since)).toEqual([]);
    expect(graphRequests(h.emulator.counters.snapshot()).requests).toBeLessThanOrEqual(3);
    expect(h.writes()).toBe(0);
  });

  it('the next day raises only the stages newly reached', async () => {
    const since = h.events.length;
    await raiseDueReminders(h.services, '2025-03-21');
    expect(kinds(since)).toEqual(['ActionDue', 'ActionOverdue:TeamManager']);
  });
});
