import { describe, expect, it } from 'vitest';
import { CYCLE } from '../allocation/draw.fixtures';
import { anActor, anAudit, aSubmittedAudit } from '../fixtures/builders';
import { SYSTEM_ACTOR } from '../records/actor';
import { closeCycle } from './cycle-close';

const allocated = { ...CYCLE, state: 'Allocated' as const };
const NOW = '2025-04-20T10:00:00.000Z';
const qa = anActor('QALead');
const done = [
  aSubmittedAudit({ caseNumber: 'CF-1', state: 'Closed', moderatedAt: NOW }),
  aSubmittedAudit({ caseNumber: 'CF-2', state: 'Agreed', moderatedAt: NOW }),
];
const open = anAudit({ caseNumber: 'CF-3', state: 'InProgress' });

describe('closing a cycle', () => {
  it('closes once every audit is moderated or closed, with the end-of-cycle distribution', () => {
    const closed = closeCycle(allocated, SYSTEM_ACTOR, {
      audits: done,
      moderations: [],
      reason: '',
      now: NOW,
    });
    if (!closed.ok) throw new Error(closed.error.message);
    expect(closed.value.next.cycle).toMatchObject({
      state: 'Closed',
      closure: { closedAt: NOW, closedBy: 'system', reason: '' },
    });
    expect(closed.value.next.stillOpen).toEqual([]);
    expect(closed.value.next.distribution.auditor.total).toBe(2);
  });

  it('needs the QA lead’s reason while audits are open, naming them', () => {
    const refused = closeCycle(allocated, qa, {
      audits: [...done, open],
      moderations: [],
      reason: ' ',
      now: NOW,
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.issues).toEqual([
      { field: 'reason', message: 'say why the cycle closes with 1 audit still open (CF-3)' },
    ]);
    const closed = closeCycle(allocated, qa, {
      audits: [...done, open],
      moderations: [],
      reason: 'Auditor on long-term leave; the case moves to the next cycle.',
      now: NOW,
    });
    expect(closed.ok && closed.value.next.stillOpen).toEqual(['CF-3']);
  });

  it('is refused to anyone but the QA lead, to the scheduler while audits are open, and twice', () => {
    expect(
      closeCycle(allocated, anActor('HeadOfService'), {
        audits: done,
        moderations: [],
        reason: '',
        now: NOW,
      }),
    ).toMatchObject({ ok: false, error: { reason: 'forbidden' } });
    expect(
      closeCycle(allocated, SYSTEM_ACTOR, {
        audits: [open],
        moderations: [],
        reason: 'x',
        now: NOW,
      }),
    ).toMatchObject({ ok: false, error: { reason: 'invalid' } });
    expect(
      closeCycle({ ...allocated, state: 'Closed' }, qa, {
        audits: done,
        moderations: [],
        reason: '',
        now: NOW,
      }),
    ).toMatchObject({ ok: false, error: { reason: 'invalid-state' } });
  });
});
