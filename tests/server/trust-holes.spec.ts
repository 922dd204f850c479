/**
 * The holes found by trying the API as an attacker would, each closed in the shared mechanism
 * and proved here against the real emulator-backed store, on the production path (Teams SSO
 * tokens signed by the test tenant).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionDetailResponse, ApiError, AuditDetailResponse } from '../../src/contract';
import { anAction, anAudit, aCompletedDraft } from '../../src/domain/fixtures/builders';
import type { Change } from '../../src/domain/ports';
import type { StaffMember } from '../../src/domain/records';
import { startServerHarness, type ServerHarness } from './harness';
import { PARTIES, staffById } from './fixture';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const seed = (...changes: Change[]) => h.store.saveAll(changes);
const versionOf = async (id: string) =>
  (await h.as<AuditDetailResponse>('qa', 'GET', `/api/audits/${id}`)).body.audit.version;
const actionVersion = async (id: string) =>
  (await h.as<ActionDetailResponse>('qa', 'GET', `/api/actions/${id}`)).body.action.version;

describe('ids are made on the server', () => {
  it('refuses an action id sent by the client, naming the field', async () => {
    await seed({
      kind: 'audits',
      op: 'create',
      record: aCompletedDraft({ ...PARTIES, id: 'AUD-ID1', caseNumber: 'CF-900001' }),
    });
    const response = await h.as<ApiError>('tm-n2a', 'POST', '/api/audits/AUD-ID1/submit', {
      version: await versionOf('AUD-ID1'),
      actions: [
        { id: 'ACT-B1', description: 'Update the plan.', ownerId: 'sw-n1a', immediate: false },
      ],
      noActionsNeeded: false,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.issues.map((i) => i.field)).toContain('actions.0.id');
    expect((await h.store.repo('actions').get('ACT-B1'))?.record.auditId).toBe('AUD-B');
  });

  it("never answers with, or takes over, another audit's action found under the same key", async () => {
    // A hand edit (or an old bug) left an action of another service's audit under the key
    // this audit's first action is given.
    await seed(
      {
        kind: 'audits',
        op: 'create',
        record: aCompletedDraft({ ...PARTIES, id: 'AUD-ID2', caseNumber: 'CF-900002' }),
      },
      {
        kind: 'audits',
        op: 'create',
        record: anAudit({
          ...PARTIES,
          id: 'AUD-ELSE',
          caseNumber: 'CF-900003',
          serviceAreaId: 'svc-s',
          teamId: 'team-s1',
        }),
      },
      {
        kind: 'actions',
        op: 'create',
        record: anAction({
          id: 'AUD-ID2-A1',
          auditId: 'AUD-ELSE',
          serviceAreaId: 'svc-s',
          teamId: 'team-s1',
          description: 'Belongs to another service',
        }),
      },
    );
    const version = await versionOf('AUD-ID2');
    const response = await h.as<ApiError>('tm-n2a', 'POST', '/api/audits/AUD-ID2/submit', {
      version,
      actions: [{ description: 'Update the plan.', ownerId: 'sw-n1a', immediate: false }],
      noActionsNeeded: false,
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('duplicate');
    expect(JSON.stringify(response.body)).not.toContain('Belongs to another service');
    const audit = await h.store.repo('audits').get('AUD-ID2');
    expect(audit?.record.state).toBe('InProgress');
    expect(audit?.version).toBe(version);
    expect((await h.store.repo('actions').get('AUD-ID2-A1'))?.record.auditId).toBe('AUD-ELSE');
  });
});

describe('roles come from the Staff list as it stands', () => {
  const staffRow = async (id: string) => {
    const found = await h.store.repo('staff').get(id);
    if (found === null) throw new Error(id);
    return found;
  };
  const editStaff = async (id: string, change: Partial<StaffMember>) => {
    const row = await staffRow(id);
    await h.store.repo('staff').update({ ...row.record, ...change }, row.version);
  };
  const later = (seconds: number) => {
    h.clock.now = new Date(h.clock.now.getTime() + seconds * 1000);
  };

  it('a team manager demoted in SharePoint loses their team within a minute, in the API', async () => {
    expect((await h.as('tm-n1', 'GET', '/api/audits?scope=team')).status).toBe(200);
    await editStaff('tm-n1', { role: 'Practitioner' });
    later(61);
    expect((await h.as('tm-n1', 'GET', '/api/audits?scope=team')).status).toBe(403);
    await editStaff('tm-n1', { role: 'TeamManager' });
    later(61);
    expect((await h.as('tm-n1', 'GET', '/api/audits?scope=team')).status).toBe(200);
  });

  it('a member of staff made inactive is refused everything within a minute, writes included', async () => {
    await seed({
      kind: 'actions',
      op: 'create',
      record: anAction({
        id: 'ACT-GONE',
        auditId: 'AUD-B',
        ownerId: 'sw-n1b',
        teamId: 'team-n1',
        serviceAreaId: 'svc-n',
      }),
    });
    const version = await actionVersion('ACT-GONE');
    await editStaff('sw-n1b', { active: false });
    later(61);
    const write = await h.as<ApiError>('sw-n1b', 'POST', '/api/actions/ACT-GONE/progress', {
      version,
      note: 'Visited.',
    });
    expect(write.status).toBe(403);
    expect((await h.store.repo('actions').get('ACT-GONE'))?.version).toBe(version);
    await editStaff('sw-n1b', { active: true });
    later(61);
  });

  it('a card action re-checks the role too', async () => {
    const { runCardAction } = await import('../../src/bot/actions/run-card-action');
    await seed({
      kind: 'actions',
      op: 'create',
      record: anAction({
        id: 'ACT-CARD',
        auditId: 'AUD-B',
        serviceAreaId: 'svc-n',
        teamId: 'team-n1',
        state: 'Verified',
        evidence: 'On file',
        completedById: 'sw-n1a',
        verifiedById: 'qa',
        verifiedAt: '2025-03-19T09:00:00Z',
      }),
    });
    await editStaff('hos-n', { role: 'Practitioner' });
    later(61);
    const result = await runCardAction(
      h.services,
      staffById('hos-n').aadObjectId,
      'closure.approve',
      {
        actionId: 'ACT-CARD',
        version: 'v',
      },
    );
    expect(result.outcome).toBe('refused');
    expect((await h.store.repo('actions').get('ACT-CARD'))?.record.state).toBe('Verified');
    await editStaff('hos-n', { role: 'HeadOfService' });
    later(61);
  });
});

describe('separation of duties', () => {
  it('nobody verifies an action they completed, and the error says so', async () => {
    await seed({
      kind: 'actions',
      op: 'create',
      record: anAction({
        id: 'ACT-SD1',
        auditId: 'AUD-B',
        serviceAreaId: 'svc-n',
        teamId: 'team-n1',
        state: 'Completed',
        evidence: 'On file',
        completedById: 'qa',
        completedAt: '2025-03-19T09:00:00Z',
      }),
    });
    const response = await h.as<ApiError>('qa', 'POST', '/api/actions/ACT-SD1/verify', {
      version: await actionVersion('ACT-SD1'),
    });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe(
      'You completed this action, so someone else must verify it.',
    );
  });

  it('nobody approves the closure of an action they own, and it is not offered to them', async () => {
    await seed({
      kind: 'actions',
      op: 'create',
      record: anAction({
        id: 'ACT-SD2',
        auditId: 'AUD-B',
        serviceAreaId: 'svc-n',
        teamId: 'team-n1',
        ownerId: 'hos-n',
        state: 'Verified',
        evidence: 'On file',
        completedById: 'sw-n1a',
        verifiedById: 'qa',
        verifiedAt: '2025-03-19T09:00:00Z',
      }),
    });
    const read = await h.as<ActionDetailResponse>('hos-n', 'GET', '/api/actions/ACT-SD2');
    expect(read.body.action.allowed).not.toContain('approveClosure');
    const response = await h.as<ApiError>('hos-n', 'POST', '/api/actions/ACT-SD2/approve', {
      version: read.body.action.version,
    });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain('You own this action');
  });
});

describe('register entries stay within the recorder’s reach', () => {
  const observation = {
    setting: 'Supervision',
    observedOn: '2025-03-10',
    teamId: 'team-n1',
    serviceAreaId: 'svc-n',
    caseNumber: null,
    grade: 'Inadequate',
    strengths: '',
    development: 'Plan out of date.',
    learning: '',
  };

  it('a team manager cannot name another service’s practitioner on their own team’s entry', async () => {
    const response = await h.as<ApiError>('tm-n1', 'POST', '/api/observations', {
      ...observation,
      practitionerId: 'sw-s1',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.issues).toContainEqual({
      field: 'practitionerId',
      message: 'is not in the team of this entry',
    });
    const theirs = await h.store.repo('observations').list({ where: { practitionerId: 'sw-s1' } });
    expect(theirs).toHaveLength(0);
  });

  it('nor record at another team', async () => {
    const response = await h.as('tm-n1', 'POST', '/api/observations', {
      ...observation,
      teamId: 'team-s1',
      serviceAreaId: 'svc-s',
      practitionerId: 'sw-s1',
    });
    expect(response.status).toBe(403);
  });

  it('feedback cannot name an audit of another service', async () => {
    const response = await h.as<ApiError>('hos-n', 'POST', '/api/feedback', {
      source: 'ParentCarer',
      receivedOn: '2025-03-10',
      serviceAreaId: 'svc-n',
      teamId: null,
      caseNumber: null,
      auditId: 'AUD-S',
      sentiment: 'Negative',
      summary: 'Unhappy with the visit.',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.issues.map((i) => i.field)).toEqual(['auditId']);
  });
});

describe('Inadequate alerts', () => {
  it('cannot be acknowledged on an audit that raised none', async () => {
    const version = await versionOf('AUD-D');
    const response = await h.as<ApiError>('tm-n1', 'POST', '/api/audits/AUD-D/alert/acknowledge', {
      version,
    });
    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe('No Inadequate alert was raised on this audit.');
    expect((await h.store.repo('audits').get('AUD-D'))?.version).toBe(version);
  });
});

describe('malformed URLs', () => {
  for (const path of ['/api/audits/%E0%A4%A', '/api/actions/%ZZ/verify', '/%E0%A4%A']) {
    it(`answers ${path} with a 400 naming the problem, signed out or in, and logs no error`, async () => {
      const errors: string[] = [];
      const logger = h.services.logger as { error: (message: string) => void };
      const original = logger.error;
      logger.error = (message: string) => errors.push(message);
      try {
        const out = await h.call<ApiError>('GET', path);
        const signedIn = await h.call<ApiError>('GET', path, { token: await h.tokenFor('qa') });
        for (const response of [out, signedIn]) {
          expect(response.status).toBe(400);
          expect(response.body.error.message).toBe(
            'The address is not valid: it has a malformed percent-encoding (%).',
          );
        }
      } finally {
        logger.error = original;
      }
      expect(errors).toEqual([]);
    });
  }
});
