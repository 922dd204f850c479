/**
 * Background jobs under a lease held in the store (issue 13, "Scheduler"): two server instances
 * ticking at once run each job once, on the real emulator-backed store; the holder keeps it;
 * another takes over only once the holder's lease has expired.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdLease, leaseAnswer, leased } from '../../src/app/jobs/job-lease';
import { raiseDueReminders } from '../../src/app/jobs/raise-reminders';
import { anAction } from '../../src/domain/fixtures/builders';
import { startServerHarness, type ServerHarness } from '../server/harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const MINUTE = 60_000;
const at = (iso: string) => {
  h.clock.now = new Date(iso);
};

describe('leaseAnswer', () => {
  const lease = { id: 'j', holder: 'a', expiresAt: '2025-03-20T10:00:00.000Z', renewedAt: '' };
  it('takes a lease nobody holds, renews its own, and waits for another’s to expire', () => {
    expect(leaseAnswer(undefined, 'a', '2025-03-20T09:00:00.000Z')).toBe('take');
    expect(leaseAnswer(lease, 'a', '2025-03-20T09:00:00.000Z')).toBe('renew');
    expect(leaseAnswer(lease, 'b', '2025-03-20T09:59:59.999Z')).toBe('held-elsewhere');
    expect(leaseAnswer(lease, 'b', '2025-03-20T10:00:00.000Z')).toBe('take');
  });
});

describe('holding a lease in the store', () => {
  it('of two instances asking at once, exactly one holds it', async () => {
    at('2025-03-20T09:00:00.000Z');
    const answers = await Promise.all([
      holdLease(h.services, 'race', 'instance-a', MINUTE),
      holdLease(h.services, 'race', 'instance-b', MINUTE),
    ]);
    expect(answers.filter(Boolean)).toHaveLength(1);
    const stored = await h.store.repo('leases').get('race');
    expect(stored?.record.holder).toBe(answers[0] ? 'instance-a' : 'instance-b');
  });

  it('the holder renews; the other takes over only after it expires', async () => {
    at('2025-03-20T09:00:00.000Z');
    expect(await holdLease(h.services, 'handover', 'instance-a', MINUTE)).toBe(true);
    at('2025-03-20T09:00:30.000Z');
    expect(await holdLease(h.services, 'handover', 'instance-b', MINUTE)).toBe(false);
    expect(await holdLease(h.services, 'handover', 'instance-a', MINUTE)).toBe(true);
    at('2025-03-20T09:01:29.000Z');
    expect(await holdLease(h.services, 'handover', 'instance-b', MINUTE)).toBe(false);
    at('2025-03-20T09:01:30.000Z');
    expect(await holdLease(h.services, 'handover', 'instance-b', MINUTE)).toBe(true);
    expect(await holdLease(h.services, 'handover', 'instance-a', MINUTE)).toBe(false);
  });
});

describe('the reminder scan on two instances at once', () => {
  it('raises each reminder once, whichever instance runs it', async () => {
    at('2025-03-20T10:00:00.000Z');
    await h.store.saveAll(
      ['2025-03-21', '2025-03-20', '2025-03-05'].map((dueDate, i) => ({
        kind: 'actions',
        op: 'create',
        record: anAction({
          id: `LEASE-${String(i)}`,
          auditId: 'AUD-B',
          teamId: 'team-n1',
          serviceAreaId: 'svc-n',
          ownerId: 'sw-n1a',
          dueDate,
        }),
      })),
    );
    const job = {
      name: 'reminder scan',
      everyMs: MINUTE,
      run: () => raiseDueReminders(h.services, '2025-03-20'),
    };
    const a = leased(h.services, 'instance-a', job);
    const b = leased(h.services, 'instance-b', job);
    const since = h.events.length;
    const runs = [];
    for (let tick = 0; tick < 3; tick += 1) {
      at(`2025-03-20T10:0${String(tick + 1)}:00.000Z`);
      runs.push(...(await Promise.all([a.run(), b.run()])));
    }
    const ran = runs.filter((r) => r !== 'not-held');
    expect(ran).toHaveLength(3);
    const raised = h.events
      .slice(since)
      .filter((e) => 'actionId' in e && e.actionId.startsWith('LEASE-'));
    // Due tomorrow, due today, and long overdue: to the team manager and the head of service.
    expect(raised.map((e) => e.kind).sort()).toEqual([
      'ActionDue',
      'ActionDueSoon',
      'ActionOverdue',
      'ActionOverdue',
    ]);
  });
});
