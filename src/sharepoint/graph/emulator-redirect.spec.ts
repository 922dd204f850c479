import {
  AuthenticationHandler,
  Client,
  PageIterator,
  RetryHandler,
  RetryHandlerOptions,
  type Middleware,
  type PageCollection,
} from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/index.js';
import { emulatorAuth } from './auth.js';
import { emulatorHttpHandler, redirectGraphUrl } from './emulator-redirect.js';

describe('redirectGraphUrl', () => {
  it('swaps the Graph origin for the emulator origin and keeps path and query', () => {
    expect(
      redirectGraphUrl(
        'https://graph.microsoft.com/v1.0/sites/root?$top=1',
        'http://127.0.0.1:4100/',
      ),
    ).toBe('http://127.0.0.1:4100/v1.0/sites/root?$top=1');
  });

  it('leaves other URLs alone', () => {
    expect(redirectGraphUrl('https://login.microsoftonline.com/x', 'http://127.0.0.1:1')).toBe(
      'https://login.microsoftonline.com/x',
    );
  });
});

/**
 * The real Graph client against a started emulator. The chain here has no RetryHandler (so a
 * fault is seen as it is), except in the last test, which adds one to show that the client's own
 * retry honours the emulator's Retry-After.
 */
describe('the Graph client through emulatorHttpHandler', () => {
  let emu: RunningEmulator;
  let client: Client;
  let list: string;
  beforeAll(async () => {
    emu = await startEmulator();
    client = Client.initWithMiddleware({ middleware: withSecret(emulatorHttpHandler(emu.url)) });
    list = `/sites/${emu.siteId}/lists/Observations`;
    await client.api(`/sites/${emu.siteId}/lists`).post({
      displayName: 'Observations',
      columns: [{ name: 'Seq', number: {}, indexed: true }],
      list: { template: 'genericList' },
    });
  });
  afterAll(() => emu.close());
  const withSecret = (next: Middleware) => {
    const auth = new AuthenticationHandler(emulatorAuth(emu.secret));
    auth.setNext(next);
    return auth;
  };

  it('creates 450 items through $batch posts and reads them all back with PageIterator', async () => {
    for (let start = 0; start < 450; start += 20) {
      const requests = Array.from({ length: 20 }, (_, i) => ({
        id: String(i + 1),
        method: 'POST',
        url: `${list}/items`,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Title: `Observation ${start + i}`, Seq: start + i } },
      })).slice(0, Math.min(20, 450 - start));
      const reply = (await client.api('/$batch').post({ requests })) as {
        responses: { status: number }[];
      };
      expect(reply.responses.every((r) => r.status === 201)).toBe(true);
    }
    const seen: number[] = [];
    const first = (await client.api(`${list}/items`).expand('fields').get()) as PageCollection;
    expect(first['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\//);
    const iterator = new PageIterator(client, first, (item: { fields: { Seq: number } }) => {
      seen.push(item.fields.Seq);
      return true;
    });
    await iterator.iterate();
    expect(seen).toHaveLength(450);
    expect(new Set(seen).size).toBe(450);
  });

  it('filters through the client, with the $filter encoded by it', async () => {
    const page = (await client
      .api(`${list}/items`)
      .filter('fields/Seq ge 440')
      .expand('fields($select=Seq)')
      .get()) as PageCollection;
    expect(page.value).toHaveLength(10);
  });

  it('passes the Prefer header on, for a filter on a column that is not indexed', async () => {
    const request = client.api(`${list}/items`).filter("startswith(fields/Title,'Observation 44')");
    await expect(request.get()).rejects.toMatchObject({ statusCode: 400 });
    const page = (await request
      .header('Prefer', 'HonorNonIndexedQueriesWarningMayFailRandomly')
      .get()) as PageCollection;
    expect(page.value).toHaveLength(11);
  });

  it('the client RetryHandler rides out 30% throttling, honouring Retry-After', async () => {
    const retry = new RetryHandler(new RetryHandlerOptions(0, 10));
    retry.setNext(emulatorHttpHandler(emu.url));
    const retrying = Client.initWithMiddleware({ middleware: withSecret(retry) });
    emu.faults.set({ throttleRate: 0.3, retryAfterSeconds: 0, seed: 21 });
    emu.counters.reset();
    try {
      for (let i = 0; i < 20; i += 1) await retrying.api(`${list}/items/${i + 1}`).get();
    } finally {
      emu.faults.clear();
    }
    const counts = emu.counters.snapshot();
    expect(counts['items.get']).toBe(20 + counts.throttled);
    expect(counts.throttled).toBeGreaterThan(0);
  });
});
