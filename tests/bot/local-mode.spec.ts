import { Socket } from 'node:net';
import type { RequestHandler } from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBot, type Bot } from '../../src/bot/create-bot';
import { startLoopbackTeams, type LoopbackTeams } from '../../src/bot/testing/loopback-teams';
import { VERBS } from '../../src/cards';
import { anAudit, STAFF } from '../../src/domain/fixtures/builders';
import type { Caller } from '../../src/server/http/authenticate';
import { startHarness, type Harness } from '../sharepoint/harness';
import { activityRoutes } from '../../src/start/activity-routes';
import { serve } from './serve';
import { PEOPLE, oidOf, seedOrganisation, servicesOn } from './services';

let h: Harness;
let teams: LoopbackTeams;
let bot: Bot;
let server: { url: string; close(): Promise<void> };

/** Stands in for the server's authentication: `x-test-staff` names the signed-in person. */
const signedIn: RequestHandler = (req, res, next) => {
  const staff = PEOPLE.find((p) => p.id === req.header('x-test-staff'));
  if (staff !== undefined) {
    const caller: Caller = {
      oid: staff.aadObjectId,
      staff,
      actor: {
        id: staff.id,
        role: staff.role,
        teamId: staff.teamId,
        serviceAreaId: staff.serviceAreaId,
      },
    };
    res.locals['caller'] = caller;
  }
  next();
};

beforeAll(async () => {
  h = await startHarness();
  teams = await startLoopbackTeams({ injected429Rate: 0 });
  await seedOrganisation(h.store);
  await h.store.saveAll([
    {
      kind: 'audits',
      op: 'create',
      record: anAudit({
        id: 'AUD-LOC',
        state: 'Submitted',
        overallGrade: 'Inadequate',
        submittedAt: '2025-04-01T09:00:00Z',
        alertRaisedAt: '2025-04-01T09:00:00Z',
      }),
    },
  ]);
  const services = await servicesOn(h.store, 'local');
  bot = await createBot(services, {
    openIdMetadataUrl: 'http://127.0.0.1:9/unused',
    tokenIssuer: 'https://api.botframework.com',
    serviceUrl: teams.url,
    dispatcher: { quietStartMs: 0, pollIntervalMs: 100 },
  });
  const activity = bot.activity;
  if (activity === null) throw new Error('local mode has an Activity feed');
  server = await serve(
    [
      ...bot.routers,
      { path: '/api/activity', router: activityRoutes(activity), authenticated: true },
    ],
    signedIn,
  );
  await services.notifications.publish([
    {
      kind: 'GradedInadequate',
      at: '2025-04-01T09:00:00.000Z',
      actorId: STAFF.auditor,
      auditId: 'AUD-LOC',
      caseNumber: 'CF-100234',
    },
  ]);
  await bot.dispatcher.drain();
});
afterAll(async () => {
  await bot.stop();
  await server.close();
  await teams.close();
  await h.close();
});

describe('the bot in local mode', () => {
  it('accepts an unauthenticated message (explicitly allowed locally), replies and remembers the chat', async () => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'm-1',
        text: 'hello',
        channelId: 'msteams',
        serviceUrl: teams.url,
        from: { id: '29:tm', aadObjectId: oidOf(STAFF.teamManager) },
        recipient: { id: '28:bot' },
        conversation: { id: 'a:tm-chat', conversationType: 'personal', tenantId: 'local' },
      }),
    });
    expect(response.status).toBeLessThan(300);
    const ref = await h.store
      .repo('conversationReferences')
      .get(`user:${oidOf(STAFF.teamManager)}`);
    expect(ref?.record.conversationId).toBe('a:tm-chat');
    expect([...teams.accepted.keys()].some((k) => k.startsWith('a:tm-chat|'))).toBe(true);
  });
});

describe('an unsigned activity in local mode', () => {
  it('naming a service URL off this machine is refused, and the server connects nowhere', async () => {
    const connect = vi.spyOn(Socket.prototype, 'connect');
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'm-evil',
        text: 'hello',
        channelId: 'msteams',
        serviceUrl: 'http://203.0.113.7:8080/',
        from: { id: '29:x', aadObjectId: oidOf(STAFF.teamManager) },
        recipient: { id: '28:bot' },
        conversation: { id: 'a:evil', conversationType: 'personal', tenantId: 'local' },
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const hosts = connect.mock.calls.map((args) => JSON.stringify(args[0]));
    connect.mockRestore();
    expect(response.status).toBe(403);
    expect(hosts.filter((h) => h.includes('203.0.113.7'))).toEqual([]);
    expect(await h.store.repo('conversationReferences').get('user:a:evil')).toBeNull();
  });
});

describe('the local Activity feed', () => {
  it("lists the signed-in person's cards, newest first, with the card JSON", async () => {
    const response = await fetch(`${server.url}/api/activity`, {
      headers: { 'x-test-staff': STAFF.teamManager },
    });
    const { items } = (await response.json()) as {
      items: { id: string; summary: string; card: { type: string } }[];
    };
    expect(items).toHaveLength(1);
    expect(items[0]?.summary).toBe('An audit needs your attention');
    expect(items[0]?.card.type).toBe('AdaptiveCard');
  });

  it('runs a card action as the signed-in person, through the same handlers as the bot', async () => {
    const list = (await (
      await fetch(`${server.url}/api/activity`, { headers: { 'x-test-staff': STAFF.teamManager } })
    ).json()) as { items: { id: string }[] };
    const rowId = list.items[0]?.id ?? '';
    const execute = (staff: string) =>
      fetch(`${server.url}/api/activity/${rowId}/execute`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-staff': staff },
        body: JSON.stringify({
          verb: VERBS.inadequateAcknowledge,
          data: { auditId: 'AUD-LOC', version: 'v' },
        }),
      });
    const result = (await (await execute(STAFF.teamManager)).json()) as {
      outcome: string;
      card: unknown;
    };
    expect(result.outcome).toBe('applied');
    expect(JSON.stringify(result.card)).toContain('Acknowledged by');
    expect((await execute(STAFF.worker)).status).toBe(404);
  });
});
