import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/create-bot';
import { fakeBotToken } from '../../src/bot/testing/fake-bot-token';
import { VERBS } from '../../src/cards';
import { anAction, anAudit, STAFF } from '../../src/domain/fixtures/builders';
import type { Services } from '../../src/app/services';
import { startHarness, type Harness } from '../sharepoint/harness';
import { TEST_TENANT_ID } from '../support/test-tenant';
import { BOT_ISSUER, startBotFramework, type BotFramework } from './bot-framework';
import { serve } from './serve';
import { fixedClock, oidOf, seedOrganisation, servicesOn } from './services';

const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';
const OTHER_TENANT = '11111111-2222-4333-8444-555555555555';

let h: Harness;
let bf: BotFramework;
let server: { url: string; close(): Promise<void> };
let services: Services;
let reached = 0;

beforeAll(async () => {
  h = await startHarness();
  bf = await startBotFramework();
  await seedOrganisation(h.store);
  await h.store.saveAll([
    { kind: 'audits', op: 'create', record: anAudit({ id: 'AUD-BA' }) },
    {
      kind: 'actions',
      op: 'create',
      record: anAction({
        id: 'ACT-BA',
        auditId: 'AUD-BA',
        state: 'Verified',
        verifiedById: STAFF.qaLead,
      }),
    },
  ]);
  const clock = fixedClock();
  const counting = { now: () => ((reached += 1), clock.now()) };
  services = { ...(await servicesOn(h.store, 'tenant', clock)), clock: counting };
  const bot = await createBot(services, {
    openIdMetadataUrl: bf.openIdMetadataUrl,
    tokenIssuer: BOT_ISSUER,
    serviceUrl: SERVICE_URL,
    botToken: fakeBotToken,
  });
  server = await serve(bot.routers);
});
afterAll(async () => {
  await server.close();
  await bf.close();
  await h.close();
});

const invoke = (over: { tenant?: string; oid?: string | null; serviceUrl?: string } = {}) => {
  const tenant = over.tenant ?? TEST_TENANT_ID;
  const oid = over.oid === undefined ? oidOf(STAFF.headOfService) : over.oid;
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: 'activity-1',
    channelId: 'msteams',
    serviceUrl: over.serviceUrl ?? SERVICE_URL,
    from: { id: '29:user', ...(oid === null ? {} : { aadObjectId: oid }) },
    recipient: { id: '28:bot' },
    conversation: { id: 'a:personal-chat', conversationType: 'personal', tenantId: tenant },
    channelData: { tenant: { id: tenant } },
    value: {
      action: {
        type: 'Action.Execute',
        verb: VERBS.closureRefresh,
        data: { actionId: 'ACT-BA', version: 'v' },
      },
    },
  };
};

const post = (body: unknown, token?: string) =>
  fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });

describe('the bot endpoint in tenant mode', () => {
  it('answers a card action whose Bot Framework token validates, and remembers the chat', async () => {
    reached = 0;
    const response = await post(invoke(), await bf.sign(SERVICE_URL));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { type: string; value: { type: string } };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(body.value.type).toBe('AdaptiveCard');
    expect(reached).toBeGreaterThan(0);
    const ref = await h.store
      .repo('conversationReferences')
      .get(`user:${oidOf(STAFF.headOfService)}`);
    expect(ref?.record).toMatchObject({ scope: 'personal', conversationId: 'a:personal-chat' });
  });

  const rejected: [string, () => Promise<Response>, number][] = [
    ['no token', () => post(invoke()), 401],
    ['a forged token', async () => post(invoke(), await bf.forge(SERVICE_URL)), 401],
    [
      'an expired token',
      async () => post(invoke(), await bf.sign(SERVICE_URL, { expiresInSeconds: -900 })),
      401,
    ],
    [
      'a token for another bot',
      async () => post(invoke(), await bf.sign(SERVICE_URL, { audience: 'another-bot' })),
      401,
    ],
    [
      'a token for another service URL',
      async () => post(invoke({ serviceUrl: 'https://evil.example/' }), await bf.sign(SERVICE_URL)),
      401,
    ],
    [
      'another tenant',
      async () => post(invoke({ tenant: OTHER_TENANT }), await bf.sign(SERVICE_URL)),
      403,
    ],
    [
      'a sender with no Entra object id',
      async () => post(invoke({ oid: null }), await bf.sign(SERVICE_URL)),
      403,
    ],
  ];

  it.each(rejected)('rejects %s before any handler runs', async (_name, send, status) => {
    reached = 0;
    const response = await send();
    expect(response.status).toBe(status);
    expect(reached).toBe(0);
  });
});
