import { createConnection } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { playgroundInstalled, startPlayground } from '../../scripts/playground';
import { createBot } from '../../src/bot/create-bot';
import { startHarness } from '../sharepoint/harness';
import { serve } from './serve';
import { VERBS } from '../../src/cards';
import { anAction, anAudit, STAFF } from '../../src/domain/fixtures/builders';
import { PEOPLE, seedOrganisation, servicesOn } from './services';

const PORT = 56151;
const PLAYGROUND_OID = '00000000-0000-0000-0000-0000000000020';

const until = async (done: () => Promise<boolean>) => {
  const start = Date.now();
  while (!(await done()) && Date.now() - start < 20_000) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

const installed = playgroundInstalled();
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });

type PlaygroundConfig = { config: { currentUser: { id: string }; personalChat: { id: string } } };

const configOf = async (playground: string): Promise<PlaygroundConfig> => {
  const start = Date.now();
  for (;;) {
    try {
      if (await listening(PORT)) {
        const res = await fetch(`${playground}/_internal/v1/config`);
        if (res.ok) return (await res.json()) as PlaygroundConfig;
      }
    } catch (error) {
      if (Date.now() - start > 60_000) throw error;
    }
    if (Date.now() - start > 60_000) throw new Error('the Agents Playground did not start in 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

describe('npm run playground', () => {
  it('has the Agents Playground installed (devDependency @microsoft/m365agentsplayground 0.2.28)', () => {
    expect(installed).toBe(true);
  });

  it('carries a message and a card action to the bot', async () => {
    const h = await startHarness();
    cleanups.push(() => h.close());
    // The Playground's default user, as a head of service of the action's service.
    const playgroundUser = { ...PEOPLE[5], id: 'staff-playground', aadObjectId: PLAYGROUND_OID };
    await seedOrganisation(h.store, [playgroundUser]);
    await h.store.saveAll([
      { kind: 'audits', op: 'create', record: anAudit({ id: 'AUD-PG' }) },
      {
        kind: 'actions',
        op: 'create',
        record: anAction({
          id: 'ACT-PG',
          auditId: 'AUD-PG',
          state: 'Verified',
          verifiedById: STAFF.qaLead,
        }),
      },
    ]);
    const services = await servicesOn(h.store, 'local');
    const bot = await createBot(services, {
      openIdMetadataUrl: 'http://127.0.0.1:9/unused',
      tokenIssuer: 'https://api.botframework.com',
      serviceUrl: 'http://127.0.0.1:9',
    });
    const server = await serve(bot.routers);
    cleanups.push(() => server.close());
    const child = startPlayground(`${server.url}/api/messages`, PORT, 'ignore');
    cleanups.push(() => {
      child.kill();
    });
    const playground = `http://127.0.0.1:${String(PORT)}`;
    // The port opens before the Playground serves: on a loaded machine the first request can be
    // reset, so ask for its config until it answers (or 60 s pass).
    const config = await configOf(playground);
    const user = config.config.currentUser.id;
    const chat = config.config.personalChat.id;
    const sent = await fetch(`${playground}/_conversation/v1/conversations/${chat}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: { id: user }, text: 'hello', textFormat: 'plain' }),
    });
    expect(sent.status).toBe(200);
    const message = (await sent.json()) as { messageId: string };
    await until(
      async () =>
        (await h.store.repo('conversationReferences').get(`user:${PLAYGROUND_OID}`)) !== null,
    );
    const invoked = await fetch(`${playground}/_conversation/v1/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'adaptiveCard/action',
        from: { id: user },
        conversation: { id: chat },
        replyToId: message.messageId,
        value: {
          action: {
            type: 'Action.Execute',
            verb: VERBS.closureApprove,
            data: { actionId: 'ACT-PG', version: 'v' },
          },
        },
      }),
    });
    expect(invoked.status).toBe(200);
    expect(JSON.stringify(await invoked.json())).toContain('Approved by');
    expect((await h.store.repo('actions').get('ACT-PG'))?.record.state).toBe('Closed');
  }, 90_000);
});
