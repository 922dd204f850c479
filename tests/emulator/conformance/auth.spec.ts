import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../harness.js';
import { DOCS } from './docs.js';

describe(`the bearer secret, refused as Graph refuses a bad token (${DOCS.errors})`, () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Audit log' });
    await h.ok('POST', `${h.site}/lists/Audit log/items`, { fields: { Title: 'private' } });
  });
  afterEach(() => h.close());

  const send = (path: string, authorization?: string) =>
    fetch(`${h.emu.url}${path}`, {
      headers: authorization === undefined ? {} : { Authorization: authorization },
    });

  it('errors: a Graph request without Authorization gets 401 InvalidAuthenticationToken and reads nothing', async () => {
    const response = await send(`/v1.0${h.site}/lists/Audit%20log/items?$expand=fields`);
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'InvalidAuthenticationToken' } });
    expect(text).not.toContain('private');
  });

  it('errors: a wrong secret, or one of another run, gets the same 401', async () => {
    const other = await harness();
    try {
      for (const wrong of [`Bearer ${other.emu.secret}`, 'Bearer emulator', h.emu.secret]) {
        const response = await send(`/v1.0${h.site}/lists`, wrong);
        expect(response.status).toBe(401);
        expect(await response.text()).not.toContain('Audit log');
      }
    } finally {
      await other.close();
    }
  });

  it('errors: control endpoints (seed, counters, faults) need the secret too', async () => {
    expect((await send('/_emulator/counters')).status).toBe(401);
    const seeded = await fetch(`${h.emu.url}/_emulator/seed`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ list: 'Audit log', items: [{ Title: 'forged' }] }),
    });
    expect(seeded.status).toBe(401);
    expect((await send('/_emulator/counters', `Bearer ${h.emu.secret}`)).status).toBe(200);
  });

  it('a new secret is made at each start, or taken from the options', async () => {
    const given = await harness({ secret: 'a-secret-from-the-command-line' });
    try {
      expect(given.emu.secret).toBe('a-secret-from-the-command-line');
      expect(h.emu.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect((await given.call('GET', '/sites/root')).status).toBe(200);
    } finally {
      await given.close();
    }
  });
});
