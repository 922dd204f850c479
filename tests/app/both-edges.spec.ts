/**
 * One write path: the same transition asked from the tab's API and from a card in Teams runs
 * the same command, so it gives the same records, the same Audit log entry and the same events.
 * Each case is set up twice, identically but for the record ids (`E2A-` asked through the API,
 * `E2C-` through the card), and the outcomes are compared with the ids made alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCardAction } from '../../src/bot/actions/run-card-action';
import { VERBS } from '../../src/cards';
import { aModeration, anAction, aSubmittedAudit } from '../../src/domain/fixtures/builders';
import type { Change } from '../../src/domain/ports';
import type { Action, Audit } from '../../src/domain/records';
import { startServerHarness, type ServerHarness } from '../server/harness';
import { PARTIES, staffById } from '../server/fixture';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const audit = (id: string, over: Partial<Audit> = {}): Change => ({
  kind: 'audits',
  op: 'create',
  record: aSubmittedAudit({ ...PARTIES, id, caseNumber: 'CF-100001', ...over }),
});
const action = (id: string, auditId: string, over: Partial<Action> = {}): Change => ({
  kind: 'actions',
  op: 'create',
  record: anAction({
    id,
    auditId,
    cycleId: 'CYC-1',
    caseNumber: 'CF-100001',
    teamId: 'team-n1',
    serviceAreaId: 'svc-n',
    ownerId: 'sw-n1a',
    ...over,
  }),
});
const verified = {
  state: 'Verified',
  evidence: 'Chronology on file.',
  completedById: 'sw-n1a',
  completedAt: '2025-03-18T09:00:00Z',
  verifiedById: 'qa',
  verifiedAt: '2025-03-19T09:00:00Z',
  closureRequestedAt: '2025-03-19T09:00:00Z',
} as const;
const disagreed = (auditId: string): Change[] => [
  audit(auditId, { state: 'Disagreed', moderatedAt: '2025-03-19T09:00:00Z' }),
  {
    kind: 'moderations',
    op: 'create',
    record: aModeration({
      id: `${auditId}-M`,
      auditId,
      cycleId: 'CYC-1',
      moderatorId: 'hos-n',
      auditorId: 'tm-n2a',
      state: 'Disagreed',
      moderatedGrade: 'Requires improvement to be good',
      reasons: 'The chronology is missing.',
      moderatedAt: '2025-03-19T09:00:00Z',
    }),
  },
];

interface Case {
  readonly name: string;
  readonly actor: string;
  /** The records, for a prefix: `E2A` (API) or `E2C` (card). */
  readonly seed: (p: string) => Change[];
  /** The record acted on, and the records to compare afterwards. */
  readonly target: (p: string) => { kind: 'audit' | 'action'; id: string };
  readonly compare: (p: string) => { audits: string[]; actions: string[]; moderations: string[] };
  readonly api: (p: string) => { path: string; body: Record<string, unknown> };
  readonly card: (p: string) => { verb: string; data: Record<string, string> };
}

const CASES: readonly Case[] = [
  {
    name: 'completing an action',
    actor: 'sw-n1a',
    seed: (p) => [
      audit(`${p}-1`, { state: 'ActionsOpen' }),
      action(`${p}-1-A1`, `${p}-1`, { state: 'InProgress' }),
    ],
    target: (p) => ({ kind: 'action', id: `${p}-1-A1` }),
    compare: (p) => ({ audits: [`${p}-1`], actions: [`${p}-1-A1`], moderations: [] }),
    api: () => ({ path: 'complete', body: { evidence: 'Plan updated on the file.' } }),
    card: (p) => ({
      verb: VERBS.actionComplete,
      data: { actionId: `${p}-1-A1`, version: 'v', evidence: 'Plan updated on the file.' },
    }),
  },
  {
    name: "approving the closure of an audit's last open action (the audit closes)",
    actor: 'hos-n',
    seed: (p) => [
      audit(`${p}-2`, { state: 'ActionsOpen' }),
      action(`${p}-2-A1`, `${p}-2`, verified),
      action(`${p}-2-A2`, `${p}-2`, { state: 'Closed', closedById: 'hos-n2' }),
    ],
    target: (p) => ({ kind: 'action', id: `${p}-2-A1` }),
    compare: (p) => ({ audits: [`${p}-2`], actions: [`${p}-2-A1`, `${p}-2-A2`], moderations: [] }),
    api: () => ({ path: 'approve', body: {} }),
    card: (p) => ({ verb: VERBS.closureApprove, data: { actionId: `${p}-2-A1`, version: 'v' } }),
  },
  {
    name: 'returning a closure',
    actor: 'hos-n',
    seed: (p) => [
      audit(`${p}-3`, { state: 'ActionsOpen' }),
      action(`${p}-3-A1`, `${p}-3`, verified),
    ],
    target: (p) => ({ kind: 'action', id: `${p}-3-A1` }),
    compare: (p) => ({ audits: [`${p}-3`], actions: [`${p}-3-A1`], moderations: [] }),
    api: () => ({ path: 'return', body: { reason: 'The evidence is not on the file.' } }),
    card: (p) => ({
      verb: VERBS.closureReturn,
      data: { actionId: `${p}-3-A1`, version: 'v', reason: 'The evidence is not on the file.' },
    }),
  },
  {
    name: 'acknowledging an Inadequate alert',
    actor: 'tm-n1',
    seed: (p) => [
      audit(`${p}-4`, { overallGrade: 'Inadequate', alertRaisedAt: '2025-03-18T10:00:00Z' }),
    ],
    target: (p) => ({ kind: 'audit', id: `${p}-4` }),
    compare: (p) => ({ audits: [`${p}-4`], actions: [], moderations: [] }),
    api: () => ({ path: 'alert/acknowledge', body: {} }),
    card: (p) => ({ verb: VERBS.inadequateAcknowledge, data: { auditId: `${p}-4`, version: 'v' } }),
  },
  {
    name: "acknowledging the moderator's disagreement",
    actor: 'tm-n2a',
    seed: (p) => disagreed(`${p}-5`),
    target: (p) => ({ kind: 'audit', id: `${p}-5` }),
    compare: (p) => ({ audits: [`${p}-5`], actions: [], moderations: [`${p}-5-M`] }),
    api: () => ({ path: 'moderation/respond', body: { response: 'Acknowledged' } }),
    card: (p) => ({
      verb: VERBS.moderationAcknowledge,
      data: { moderationId: `${p}-5-M`, auditId: `${p}-5`, version: 'v' },
    }),
  },
  {
    name: 'proposing a date for the learning conversation',
    actor: 'tm-n2a',
    seed: (p) => disagreed(`${p}-6`),
    target: (p) => ({ kind: 'audit', id: `${p}-6` }),
    compare: (p) => ({ audits: [`${p}-6`], actions: [], moderations: [`${p}-6-M`] }),
    api: () => ({
      path: 'moderation/respond',
      body: { response: 'DiscussionProposed', discussionDate: '2025-03-27' },
    }),
    card: (p) => ({
      verb: VERBS.moderationArrange,
      data: {
        moderationId: `${p}-6-M`,
        auditId: `${p}-6`,
        version: 'v',
        proposedDate: '2025-03-27',
      },
    }),
  },
];

/** Ids made alike, versions and Audit log entry ids dropped: what the two edges must share. */
const alike = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value).replaceAll('E2A', 'E2X').replaceAll('E2C', 'E2X')) as unknown;

async function outcome(c: Case, p: string, since: number) {
  const { audits, actions, moderations } = c.compare(p);
  const read = async <K extends 'audits' | 'actions' | 'moderations'>(kind: K, ids: string[]) =>
    Promise.all(ids.map(async (id) => (await h.store.repo(kind).get(id))?.record));
  const target = c.target(p);
  const log = await h.store
    .repo('auditLog')
    .list({ where: { record: `${target.kind}:${target.id}` } });
  return alike({
    audits: await read('audits', audits),
    actions: await read('actions', actions),
    moderations: await read('moderations', moderations),
    log: log.map(({ record: { action, actorOid, changedFields, outcome, at } }) => ({
      action,
      actorOid,
      changedFields,
      outcome,
      at,
    })),
    events: h.events.slice(since),
  });
}

describe('the same transition from the API and from a card', () => {
  for (const c of CASES) {
    it(`${c.name}: same records, same Audit log entry, same events`, async () => {
      await h.store.saveAll([...c.seed('E2A'), ...c.seed('E2C')]);

      const target = c.target('E2A');
      const base = `/api/${target.kind}s/${target.id}`;
      const read = await h.as<{ audit?: { version: string }; action?: { version: string } }>(
        c.actor,
        'GET',
        base,
      );
      const version = read.body.audit?.version ?? read.body.action?.version;
      const api = c.api('E2A');
      const sinceApi = h.events.length;
      const response = await h.as(c.actor, 'POST', `${base}/${api.path}`, { version, ...api.body });
      expect(response.status).toBe(200);
      const viaApi = await outcome(c, 'E2A', sinceApi);

      const card = c.card('E2C');
      const sinceCard = h.events.length;
      const result = await runCardAction(
        h.services,
        staffById(c.actor).aadObjectId,
        card.verb,
        card.data,
      );
      expect(result.outcome).toBe('applied');
      const viaCard = await outcome(c, 'E2C', sinceCard);

      expect(viaCard).toEqual(viaApi);
      expect((viaApi as { log: unknown[] }).log).toHaveLength(1);
      expect((viaApi as { events: unknown[] }).events.length).toBeGreaterThan(0);
    });
  }

  it('closing the last action from the card closes its audit, as from the tab', async () => {
    const closed = await h.store.repo('audits').get('E2C-2');
    expect(closed?.record).toMatchObject({ state: 'Closed', closedAt: h.clock.now.toISOString() });
  });
});
