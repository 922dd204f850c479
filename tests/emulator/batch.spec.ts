import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, harness, type Harness } from './harness.js';

interface BatchReply {
  responses: {
    id: string;
    status: number;
    headers: Record<string, string>;
    body?: Record<string, unknown>;
  }[];
}

describe('$batch', () => {
  let h: Harness;
  let items: string;
  beforeEach(async () => {
    h = await harness();
    await h.ok('POST', `${h.site}/lists`, {
      displayName: 'Feedback',
      columns: [{ name: 'Kind', choice: { choices: ['Worker', 'Parent'] } }],
    });
    items = `${h.site}/lists/Feedback/items`;
  });
  afterEach(() => h.close());

  const create = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
    id,
    method: 'POST',
    url: items,
    headers: { 'Content-Type': 'application/json' },
    body: { fields: { Title: title } },
    ...extra,
  });

  it('runs 20 requests and answers each by id', async () => {
    const requests = Array.from({ length: 20 }, (_, i) => create(String(i + 1), `t${i}`));
    const reply = await h.ok<BatchReply>('POST', '/$batch', { requests });
    expect(reply.responses).toHaveLength(20);
    expect(reply.responses.every((r) => r.status === 201)).toBe(true);
    expect(reply.responses.map((r) => r.id)).toEqual(requests.map((r) => r.id));
    expect(h.emu.counters.snapshot()).toMatchObject({
      batch: 1,
      'batch.sub': 20,
      'items.create': 20,
    });
  });

  it('refuses 21 requests with 400', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => create(String(i + 1), `t${i}`));
    const reply = await h.call('POST', '/$batch', { requests });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toContain('20');
    const page = await h.ok<{ value: unknown[] }>('GET', items);
    expect(page.value).toHaveLength(0);
  });

  it('refuses duplicate ids and a dependsOn naming an unknown request', async () => {
    expect(
      (await h.call('POST', '/$batch', { requests: [create('1', 'a'), create('1', 'b')] })).status,
    ).toBe(400);
    expect(
      (await h.call('POST', '/$batch', { requests: [create('1', 'a', { dependsOn: ['9'] })] }))
        .status,
    ).toBe(400);
  });

  it('runs dependsOn in order, and a request whose dependency failed gets 424', async () => {
    const requests = [
      create('3', 'third', { dependsOn: ['2'] }),
      {
        id: '2',
        method: 'POST',
        url: items,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Kind: 'Nobody' } },
        dependsOn: ['1'],
      },
      create('1', 'first'),
      create('4', 'independent'),
    ];
    const reply = await h.ok<BatchReply>('POST', '/$batch', { requests });
    const byId = Object.fromEntries(reply.responses.map((r) => [r.id, r]));
    expect(byId['1'].status).toBe(201);
    expect(byId['2'].status).toBe(400);
    expect((byId['2'].body as { error: { message: string } }).error.message).toContain("'Kind'");
    expect(byId['3'].status).toBe(424);
    expect(byId['4'].status).toBe(201);
    expect((byId['1'].body as { id: string }).id).toBe('1');
    expect((byId['4'].body as { id: string }).id).toBe('2');
  });

  it('passes sub-request headers through: a stale If-Match inside a batch gets 412', async () => {
    const item = await h.ok<{ eTag: string }>('POST', items, { fields: { Title: 'x' } });
    await h.ok('PATCH', `${items}/1/fields`, { Title: 'y' });
    const reply = await h.ok<BatchReply>('POST', '/$batch', {
      requests: [
        {
          id: 'a',
          method: 'PATCH',
          url: `${items}/1/fields`,
          headers: { 'Content-Type': 'application/json', 'If-Match': item.eTag },
          body: { Title: 'z' },
        },
      ],
    });
    expect(reply.responses[0].status).toBe(412);
  });

  it('accepts urls without the leading slash and GETs with query options', async () => {
    await h.ok('POST', items, { fields: { Title: 'x' } });
    const reply = await h.ok<BatchReply>('POST', '/$batch', {
      requests: [{ id: 'g', method: 'GET', url: `${items.slice(1)}?$expand=fields&$top=1` }],
    });
    expect(reply.responses[0].status).toBe(200);
    expect((reply.responses[0].body as { value: unknown[] }).value).toHaveLength(1);
  });

  it('throttles individual sub-requests, each with its own Retry-After', async () => {
    h.emu.faults.set({ throttleRate: 0.5, retryAfterSeconds: 7, seed: 3 });
    const requests = Array.from({ length: 20 }, (_, i) => create(String(i + 1), `t${i}`));
    let reply = await h.call('POST', '/$batch', { requests });
    while (reply.status === 429) reply = await h.call('POST', '/$batch', { requests });
    const responses = (reply.body as BatchReply).responses;
    const throttled = responses.filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    expect(throttled.length).toBeLessThan(20);
    for (const r of throttled) expect(r.headers['Retry-After']).toBe('7');
  });
});
