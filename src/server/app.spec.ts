import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerHarness, type ServerHarness } from '../../tests/server/harness';
import { createApp } from './app';
import { LocalSessions } from './identity/local-session';
import { TokenError } from './identity/sso-token';

let h: ServerHarness;
let url = '';
const close: (() => void)[] = [];

beforeAll(async () => {
  h = await startServerHarness();
  const staticDir = mkdtempSync(path.join(tmpdir(), 'tab-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Audit Loop</title>');
  const open = express.Router().get('/', (_req, res) => {
    res.json({ bot: true });
  });
  const guarded = express.Router().get('/', (_req, res) => {
    res.json({ feed: true });
  });
  const app = createApp(h.services, {
    validateToken: () => Promise.reject(new TokenError('no')),
    localSessions: null,
    staticDir,
    extraRouters: [
      { path: '/api/messages', router: open, authenticated: false },
      { path: '/api/feed', router: guarded, authenticated: true },
    ],
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  close.push(() => server.close());
}, 60_000);
afterAll(async () => {
  for (const c of close) c();
  await h.close();
});

describe('createApp', () => {
  it('answers health without sign-in and says the mode', async () => {
    const response = await fetch(`${url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      mode: 'tenant',
      sso: { scope: expect.stringMatching(/\/access_as_user$/) as unknown },
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('lets Teams and Microsoft 365 frame the tab, and nobody else', async () => {
    const response = await fetch(`${url}/api/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const host of [
      'https://teams.microsoft.com',
      'https://*.teams.microsoft.com',
      'https://*.office.com',
      'https://*.microsoft365.com',
      'https://*.sharepoint.com',
    ]) {
      expect(csp).toContain(host);
    }
    expect(csp).toMatch(/frame-ancestors 'self'/);
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('mounts extra routers with or without sign-in', async () => {
    expect((await fetch(`${url}/api/messages`)).status).toBe(200);
    expect((await fetch(`${url}/api/feed`)).status).toBe(401);
  });

  it('answers an unknown API path with JSON, and any other path with the tab', async () => {
    const api = await fetch(`${url}/api/nowhere`);
    expect(api.status).toBe(401);
    const page = await fetch(`${url}/audits/AUD-A`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Audit Loop');
  });

  it('refuses to start local sign-in when a tenant is configured', () => {
    expect(() =>
      createApp(h.services, {
        validateToken: () => Promise.reject(new TokenError('no')),
        localSessions: new LocalSessions(),
      }),
    ).toThrow(/tenant/);
  });
});
