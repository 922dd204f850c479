import { afterEach, describe, expect, it } from 'vitest';
import {
  SMALLEST_TENANT_UNITS_PER_MINUTE,
  unitsPerMinuteFor,
} from '../../../src/emulator/index.js';
import { errorOf, harness, type Harness } from '../harness.js';
import { DOCS } from './docs.js';

interface BatchReply {
  responses: { id: string; status: number; headers: Record<string, string> }[];
}

describe(`resource units and the per-minute budget (${DOCS.throttlingSharePoint})`, () => {
  let h: Harness;
  afterEach(() => h.close());

  const start = async (resourceUnitsPerMinute?: number) => {
    h = await harness({ resourceUnitsPerMinute });
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Audits' });
    await h.ok('POST', `${h.site}/lists/Audits/items`, { fields: { Title: 'a' } });
    h.emu.counters.reset();
  };
  const items = () => `${h.site}/lists/Audits/items`;
  /** What the setup's two writes (a list and an item) spend of a budget. */
  const SETUP = 4;

  it('avoid-getting-throttled: get item costs 1, list and delta without a token 2, delta with a token 1, writes 2', async () => {
    await start();
    await h.ok('GET', `${items()}/1`);
    await h.ok('GET', items());
    const first = await h.ok<{ '@odata.deltaLink': string }>('GET', `${items()}/delta`);
    await h.ok('GET', first['@odata.deltaLink']);
    await h.ok('PATCH', `${items()}/1/fields`, { Title: 'b' });
    expect(h.emu.counters.resourceUnits()).toEqual({
      total: 8,
      byOperation: { delta: 3, 'items.get': 1, 'items.list': 2, 'items.update': 2 },
    });
    expect(h.emu.counters.snapshot()).toEqual({
      delta: 2,
      'items.get': 1,
      'items.list': 1,
      'items.update': 1,
    });
  });

  it('avoid-getting-throttled: a $batch is charged by its inner requests, not as one', async () => {
    await start();
    const requests = Array.from({ length: 20 }, (_, i) => ({
      id: String(i),
      method: 'GET',
      url: `${items()}/1`,
    }));
    await h.ok('POST', '/$batch', { requests });
    expect(h.emu.counters.resourceUnits()).toEqual({ total: 20, byOperation: { 'items.get': 20 } });
    expect(await h.ok('GET', '/_emulator/resource-units')).toEqual({
      total: 20,
      byOperation: { 'items.get': 20 },
    });
  });

  it('avoid-getting-throttled: past the budget a request gets 429 with Retry-After, and RateLimit headers warn from 80%', async () => {
    await start(SETUP + 10);
    const statuses: number[] = [];
    let warned = '';
    for (let i = 0; i < 6; i++) {
      const reply = await h.call('GET', items());
      statuses.push(reply.status);
      warned ||= reply.headers.get('ratelimit-remaining') ?? '';
      if (reply.status === 429) {
        expect(Number(reply.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(errorOf(reply).code).toBe('activityLimitReached');
      }
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(warned).toBe('2');
    expect(h.emu.counters.snapshot()['throttled.429']).toBe(1);
  });

  it('avoid-getting-throttled: inside a $batch each request is throttled on its own once the budget is spent', async () => {
    await start(SETUP + 5);
    const requests = Array.from({ length: 8 }, (_, i) => ({
      id: String(i),
      method: 'GET',
      url: `${items()}/1`,
    }));
    const reply = await h.ok<BatchReply>('POST', '/$batch', { requests });
    expect(reply.responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(reply.responses[7].headers['Retry-After']).toMatch(/^\d+$/);
  });

  it('by default units are counted but never enforced', async () => {
    await start();
    for (let i = 0; i < 30; i++) expect((await h.call('GET', items())).status).toBe(200);
    expect(h.emu.counters.resourceUnits().total).toBe(60);
  });
});

describe(`per-app budgets by licence count (${DOCS.throttlingSharePoint})`, () => {
  it('avoid-getting-throttled: the smallest tenant has 1,250 units a minute per app; larger tenants more', () => {
    expect(SMALLEST_TENANT_UNITS_PER_MINUTE).toBe(1250);
    expect([1000, 1001, 15000, 50000, 50001].map(unitsPerMinuteFor)).toEqual([
      1250, 2500, 3750, 5000, 6250,
    ]);
  });
});
