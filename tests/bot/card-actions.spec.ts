import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCardAction } from '../../src/bot/actions/run-card-action';
import { VERBS } from '../../src/cards';
import {
  aModeration,
  anAction,
  anAudit,
  OTHER_TEAM,
  SERVICE,
  STAFF,
} from '../../src/domain/fixtures/builders';
import type { Change } from '../../src/domain/ports';
import type { Action, StaffMember } from '../../src/domain/records';
import type { Services } from '../../src/app/services';
import { startHarness, type Harness } from '../sharepoint/harness';
import { nameOf, oidOf, seedOrganisation, servicesOn, STRANGER } from './services';

const LEAVER_OID = '00000000-0000-4000-8000-0000000000aa';

let h: Harness;
let services: Services;

beforeAll(async () => {
  h = await startHarness();
  await seedOrganisation(h.store);
  services = await servicesOn(h.store);
});
afterAll(() => h.close());

const verified = (id: string, over: Partial<Action> = {}): Action =>
  anAction({
    id,
    auditId: `${id}-AUD`,
    state: 'Verified',
    evidence: 'Chronology updated on the file',
    completedAt: '2025-04-10T09:00:00Z',
    verifiedById: STAFF.qaLead,
    verifiedAt: '2025-04-12T09:00:00Z',
    closureRequestedAt: '2025-04-12T09:00:00Z',
    ...over,
  });

async function seed(...changes: Change[]): Promise<void> {
  await h.store.saveAll(changes);
}

const withAudit = (action: Action): Change[] => [
  { kind: 'audits', op: 'create', record: anAudit({ id: action.auditId }) },
  { kind: 'actions', op: 'create', record: action },
];

const act = (staffId: string, verb: string, data: Record<string, string>) =>
  runCardAction(services, oidOf(staffId), verb, data);

const text = (value: unknown) => JSON.stringify(value);

const versionOf = async (id: string) => (await h.store.repo('actions').get(id))?.version;

const logOf = (record: string, action: string) =>
  h.store.repo('auditLog').list({ where: { record, action } });

const outboxOf = (recordRef: string) => h.store.repo('outbox').list({ where: { recordRef } });

describe('closure.approve', () => {
  it("lets the head of the action's service approve: the action closes, is logged and notified", async () => {
    await seed(...withAudit(verified('ACT-AP1')));
    const data = { actionId: 'ACT-AP1', version: 'v' };
    const result = await act(STAFF.headOfService, VERBS.closureApprove, data);
    expect(result.outcome).toBe('applied');
    expect(text(result.card)).toContain(`Approved by ${nameOf(STAFF.headOfService)}`);
    const stored = await h.store.repo('actions').get('ACT-AP1');
    expect(stored?.record.state).toBe('Closed');
    expect(await logOf('action:ACT-AP1', 'action.approveClosure')).toHaveLength(1);
    const rows = await outboxOf('action:ACT-AP1');
    expect(rows.map((r) => r.record.recipientId).sort()).toEqual(
      [STAFF.owner, STAFF.teamManager].sort(),
    );
  });

  it('refuses a head of another service with an error card, and saves nothing', async () => {
    await seed(...withAudit(verified('ACT-AP2')));
    const before = await versionOf('ACT-AP2');
    const result = await act(STAFF.moderator, VERBS.closureApprove, {
      actionId: 'ACT-AP2',
      version: 'v',
    });
    expect(result.outcome).toBe('refused');
    expect(text(result.card)).toContain('This step is for someone else');
    expect(await versionOf('ACT-AP2')).toBe(before);
    expect(await logOf('action:ACT-AP2', 'action.approveClosure')).toHaveLength(0);
  });

  it('applies the same approval delivered twice once, and answers the second with the decision', async () => {
    await seed(...withAudit(verified('ACT-AP3')));
    const data = { actionId: 'ACT-AP3', version: 'v' };
    const [first, second] = await Promise.all([
      act(STAFF.headOfService, VERBS.closureApprove, data),
      act(STAFF.headOfService, VERBS.closureApprove, data),
    ]);
    expect([first.outcome, second.outcome].sort()).toEqual(['applied', 'current']);
    expect(text(second.card)).toContain('Approved by');
    const third = await act(STAFF.headOfService, VERBS.closureApprove, data);
    expect(third.outcome).toBe('current');
    expect(await logOf('action:ACT-AP3', 'action.approveClosure')).toHaveLength(1);
    expect(await outboxOf('action:ACT-AP3')).toHaveLength(2);
  });
});

describe('closure.return', () => {
  it('returns the action for more work with the reason, and says who returned it', async () => {
    await seed(...withAudit(verified('ACT-RT1')));
    const data = { actionId: 'ACT-RT1', version: 'v', reason: 'Evidence not on file' };
    const result = await act(STAFF.headOfService, VERBS.closureReturn, data);
    expect(result.outcome).toBe('applied');
    expect(text(result.card)).toContain(`Returned by ${nameOf(STAFF.headOfService)}`);
    const stored = await h.store.repo('actions').get('ACT-RT1');
    expect(stored?.record).toMatchObject({
      state: 'InProgress',
      returnReason: 'Evidence not on file',
    });
    const again = await act(STAFF.headOfService, VERBS.closureReturn, data);
    expect(again.outcome).toBe('current');
    expect(await logOf('action:ACT-RT1', 'action.returnClosure')).toHaveLength(1);
  });

  it('refuses the action owner, who cannot decide on closure', async () => {
    await seed(...withAudit(verified('ACT-RT2')));
    const before = await versionOf('ACT-RT2');
    const result = await act(STAFF.worker, VERBS.closureReturn, {
      actionId: 'ACT-RT2',
      version: 'v',
      reason: 'Not yet',
    });
    expect(result.outcome).toBe('refused');
    expect(await versionOf('ACT-RT2')).toBe(before);
  });

  it('asks for a reason when none is given', async () => {
    const result = await act(STAFF.headOfService, VERBS.closureReturn, {
      actionId: 'ACT-RT2',
      version: 'v',
      reason: ' ',
    });
    expect(result.outcome).toBe('refused');
    expect(text(result.card)).toContain('Please give a reason');
  });
});

describe('closure.refresh', () => {
  it('shows each viewer the card as it stands: pending, then who decided and when', async () => {
    await seed(...withAudit(verified('ACT-RF1')));
    const data = { actionId: 'ACT-RF1', version: 'v' };
    const pending = await act(STAFF.teamManager, VERBS.closureRefresh, data);
    expect(pending.outcome).toBe('current');
    expect(text(pending.card)).toContain(VERBS.closureApprove);
    await act(STAFF.headOfService, VERBS.closureApprove, data);
    const decided = await act(STAFF.teamManager, VERBS.closureRefresh, data);
    expect(text(decided.card)).toContain(`Approved by ${nameOf(STAFF.headOfService)}`);
    expect(text(decided.card)).not.toContain(VERBS.closureApprove);
  });

  it('shows the action and its evidence only in the refreshed card, while the decision is open', async () => {
    await seed(...withAudit(verified('ACT-RF2')));
    const data = { actionId: 'ACT-RF2', version: 'v' };
    const refreshed = await act(STAFF.headOfService, VERBS.closureRefresh, data);
    expect(text(refreshed.card)).toContain('Chronology updated on the file');
    const approved = await act(STAFF.headOfService, VERBS.closureApprove, data);
    expect(text(approved.card)).not.toContain('Chronology updated on the file');
  });

  it('shows the detail to its recipients only: a team manager who may see the action gets none', async () => {
    await seed(...withAudit(verified('ACT-RF3')));
    const data = { actionId: 'ACT-RF3', version: 'v' };
    const manager = await act(STAFF.teamManager, VERBS.closureRefresh, data);
    expect(manager.outcome).toBe('current');
    expect(text(manager.card)).not.toContain('Chronology updated on the file');
  });

  it('shows nothing to someone who may not see the action', async () => {
    const result = await act(STRANGER, VERBS.closureRefresh, { actionId: 'ACT-RF1', version: 'v' });
    expect(result.outcome).toBe('refused');
  });
});

describe('action.complete', () => {
  const open = (id: string) => anAction({ id, auditId: `${id}-AUD`, state: 'InProgress' });

  it('lets the owner complete the action with evidence; the QA lead is told', async () => {
    await seed(...withAudit(open('ACT-CP1')));
    const data = { actionId: 'ACT-CP1', version: 'v', evidence: 'Plan updated on the file' };
    const result = await act(STAFF.owner, VERBS.actionComplete, data);
    expect(result.outcome).toBe('applied');
    expect(text(result.card)).toContain(`Marked complete by ${nameOf(STAFF.owner)}`);
    expect((await h.store.repo('actions').get('ACT-CP1'))?.record.state).toBe('Completed');
    const rows = await outboxOf('action:ACT-CP1');
    expect(rows.map((r) => r.record.recipientId)).toEqual([STAFF.qaLead]);
  });

  it('completes once when the same card action arrives twice', async () => {
    await seed(...withAudit(open('ACT-CP2')));
    const data = { actionId: 'ACT-CP2', version: 'v', evidence: 'Done' };
    await act(STAFF.owner, VERBS.actionComplete, data);
    const again = await act(STAFF.owner, VERBS.actionComplete, data);
    expect(again.outcome).toBe('current');
    expect(text(again.card)).toContain('Marked complete by');
    expect(await logOf('action:ACT-CP2', 'action.complete')).toHaveLength(1);
  });

  it('refuses someone with no part in the action', async () => {
    await seed(...withAudit(open('ACT-CP3')));
    const before = await versionOf('ACT-CP3');
    const result = await act(STRANGER, VERBS.actionComplete, {
      actionId: 'ACT-CP3',
      version: 'v',
      evidence: 'x',
    });
    expect(result.outcome).toBe('refused');
    expect(await versionOf('ACT-CP3')).toBe(before);
  });
});

describe('inadequate.acknowledge', () => {
  const graded = (id: string) =>
    anAudit({
      id,
      state: 'Submitted',
      overallGrade: 'Inadequate',
      submittedAt: '2025-04-01T09:00:00Z',
      alertRaisedAt: '2025-04-01T09:00:00Z',
    });

  it("records the team manager's acknowledgement on the audit, logs it, and shows it on the card", async () => {
    await seed({ kind: 'audits', op: 'create', record: graded('AUD-IN1') });
    const result = await act(STAFF.teamManager, VERBS.inadequateAcknowledge, {
      auditId: 'AUD-IN1',
      version: 'v',
    });
    expect(result.outcome).toBe('applied');
    expect(text(result.card)).toContain(`Acknowledged by ${nameOf(STAFF.teamManager)}`);
    const stored = await h.store.repo('audits').get('AUD-IN1');
    expect(stored?.record).toMatchObject({ alertAcknowledgedById: STAFF.teamManager });
    expect(await logOf('audit:AUD-IN1', 'audit.acknowledgeAlert')).toHaveLength(1);
  });

  it('keeps the first acknowledgement when it is delivered again, or sent by the head of service', async () => {
    const data = { auditId: 'AUD-IN1', version: 'v' };
    const again = await act(STAFF.teamManager, VERBS.inadequateAcknowledge, data);
    const head = await act(STAFF.headOfService, VERBS.inadequateAcknowledge, data);
    expect([again.outcome, head.outcome]).toEqual(['current', 'current']);
    expect(text(head.card)).toContain(`Acknowledged by ${nameOf(STAFF.teamManager)}`);
    expect(await logOf('audit:AUD-IN1', 'audit.acknowledgeAlert')).toHaveLength(1);
  });

  it('refuses the allocated worker', async () => {
    await seed({ kind: 'audits', op: 'create', record: graded('AUD-IN2') });
    const result = await act(STAFF.worker, VERBS.inadequateAcknowledge, {
      auditId: 'AUD-IN2',
      version: 'v',
    });
    expect(result.outcome).toBe('refused');
    expect(await logOf('audit:AUD-IN2', 'audit.acknowledgeAlert')).toHaveLength(0);
  });
});

const REASONS = 'Chronology is missing';

const disagreed = (auditId: string, auditorId: string = STAFF.auditor): Change[] => [
  {
    kind: 'audits',
    op: 'create',
    record: anAudit({ id: auditId, state: 'Disagreed', overallGrade: 'Good', auditorId }),
  },
  {
    kind: 'moderations',
    op: 'create',
    record: aModeration({
      id: `${auditId}-M`,
      auditId,
      auditorId,
      state: 'Disagreed',
      moderatedGrade: 'Requires improvement to be good',
      reasons: REASONS,
      moderatedAt: '2025-04-05T09:00:00Z',
    }),
  },
];
const data = (auditId: string) => ({ moderationId: `${auditId}-M`, auditId, version: 'v' });

describe('moderation.acknowledge and moderation.arrange', () => {
  it('lets the auditor acknowledge the feedback, once', async () => {
    await seed(...disagreed('AUD-MD1'));
    const first = await act(STAFF.auditor, VERBS.moderationAcknowledge, data('AUD-MD1'));
    const second = await act(STAFF.auditor, VERBS.moderationAcknowledge, data('AUD-MD1'));
    expect([first.outcome, second.outcome]).toEqual(['applied', 'current']);
    expect(text(second.card)).toContain(`Acknowledged by ${nameOf(STAFF.auditor)}`);
    expect(await logOf('audit:AUD-MD1', 'audit.respondToModeration')).toHaveLength(1);
  });

  it('lets the auditor propose a date for the learning conversation', async () => {
    await seed(...disagreed('AUD-MD2'));
    const result = await act(STAFF.auditor, VERBS.moderationArrange, {
      ...data('AUD-MD2'),
      proposedDate: '2025-05-02',
    });
    expect(result.outcome).toBe('applied');
    expect(text(result.card)).toContain('proposed a discussion on');
  });

  it('refuses anyone but the auditor', async () => {
    await seed(...disagreed('AUD-MD3'));
    const result = await act(STAFF.worker, VERBS.moderationAcknowledge, data('AUD-MD3'));
    expect(result.outcome).toBe('refused');
    expect(await logOf('audit:AUD-MD3', 'audit.respondToModeration')).toHaveLength(0);
  });
});

describe('moderation.refresh', () => {
  it("shows the auditor and the moderator the moderator's reasons and the moderated grade", async () => {
    await seed(...disagreed('AUD-MR1'));
    for (const party of [STAFF.auditor, STAFF.moderator]) {
      const refreshed = await act(party, VERBS.moderationRefresh, data('AUD-MR1'));
      expect(refreshed.outcome).toBe('current');
      expect(text(refreshed.card)).toContain(REASONS);
      expect(text(refreshed.card)).toContain('Requires improvement to be good');
    }
  });

  it('keeps showing the reasons after the auditor has answered, until the disagreement is resolved', async () => {
    await seed(...disagreed('AUD-MR2'));
    const answered = await act(STAFF.auditor, VERBS.moderationAcknowledge, data('AUD-MR2'));
    expect(text(answered.card)).not.toContain(REASONS);
    const refreshed = await act(STAFF.auditor, VERBS.moderationRefresh, data('AUD-MR2'));
    expect(text(refreshed.card)).toContain(`Acknowledged by ${nameOf(STAFF.auditor)}`);
    expect(text(refreshed.card)).toContain(REASONS);
  });

  it('shows no reasons to someone who may see the moderation but is not a party to it', async () => {
    await seed(...disagreed('AUD-MR3'));
    for (const other of [STAFF.teamManager, STAFF.headOfService, STAFF.qaLead]) {
      const refreshed = await act(other, VERBS.moderationRefresh, data('AUD-MR3'));
      expect(refreshed.outcome).toBe('current');
      expect(text(refreshed.card)).not.toContain(REASONS);
      expect(text(refreshed.card)).toContain("The moderator's reasons show here");
    }
  });

  it('shows nothing to someone who may not see the moderation', async () => {
    await seed(...disagreed('AUD-MR4'));
    // The allocated worker sees the audit, but not its grades until the auditor shares them.
    for (const other of [STRANGER, STAFF.worker]) {
      const refreshed = await act(other, VERBS.moderationRefresh, data('AUD-MR4'));
      expect(refreshed.outcome).toBe('refused');
      expect(text(refreshed.card)).not.toContain(REASONS);
      expect(text(refreshed.card)).not.toContain('Requires improvement to be good');
    }
  });

  it('shows no reasons to an auditor made inactive on the Staff list since the last refresh', async () => {
    const leaver: StaffMember = {
      id: 'staff-tm-leaver',
      aadObjectId: LEAVER_OID,
      displayName: 'Person Leaving',
      role: 'TeamManager',
      teamId: OTHER_TEAM,
      serviceAreaId: SERVICE,
      active: true,
    };
    await seed({ kind: 'staff', op: 'create', record: leaver }, ...disagreed('AUD-MR5', leaver.id));
    await services.directory.refresh();
    const before = await runCardAction(
      services,
      LEAVER_OID,
      VERBS.moderationRefresh,
      data('AUD-MR5'),
    );
    expect(text(before.card)).toContain(REASONS);
    const row = await h.store.repo('staff').get(leaver.id);
    if (row === null) throw new Error('the leaver was not saved');
    await h.store.repo('staff').update({ ...row.record, active: false }, row.version);
    // The Staff list's edits count within a minute; here, at once.
    await services.directory.refresh();
    const after = await runCardAction(
      services,
      LEAVER_OID,
      VERBS.moderationRefresh,
      data('AUD-MR5'),
    );
    expect(after.outcome).toBe('refused');
    expect(text(after.card)).not.toContain(REASONS);
  });
});

describe('any card action', () => {
  it('refuses someone who is not on the Staff list', async () => {
    const result = await runCardAction(
      services,
      'ffffffff-0000-4000-8000-000000000000',
      VERBS.closureApprove,
      {
        actionId: 'ACT-AP1',
        version: 'v',
      },
    );
    expect(result.outcome).toBe('refused');
  });

  it('refuses an unknown verb', async () => {
    const result = await act(STAFF.headOfService, 'closure.delete', {
      actionId: 'ACT-AP1',
      version: 'v',
    });
    expect(result.outcome).toBe('refused');
  });
});
