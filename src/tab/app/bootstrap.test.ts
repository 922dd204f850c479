import { describe, expect, it, vi } from 'vitest';
import type { TokenStore } from '../auth/session';
import { bootstrap } from './bootstrap';

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

const memoryTokens = (token: string | null): TokenStore & { value: string | null } => {
  const store = {
    value: token,
    read: () => store.value,
    write: (t: string) => {
      store.value = t;
    },
    clear: () => {
      store.value = null;
    },
  };
  return store;
};

const server = (mode: 'local' | 'tenant', meStatus = 200) =>
  vi.fn((url: string) => {
    if (url.endsWith('/api/health')) return json(200, { status: 'ok', mode });
    if (url.endsWith('/api/me')) {
      return meStatus === 200
        ? json(200, {
            id: 's1',
            displayName: 'A',
            role: 'Practitioner',
            teamId: null,
            teamName: null,
            serviceAreaId: null,
            serviceAreaName: null,
            mode,
          })
        : json(meStatus, { error: { code: 'unauthenticated', message: 'Sign in', issues: [] } });
    }
    return json(404, {});
  });

describe('start-up outside Teams', () => {
  it('in local mode without a session shows the sign-in page', async () => {
    const session = await bootstrap({
      host: null,
      tokens: memoryTokens(null),
      fetch: server('local'),
    });
    expect(session.kind).toBe('sign-in');
  });

  it('in local mode with a session goes straight in', async () => {
    const session = await bootstrap({
      host: null,
      tokens: memoryTokens('tok'),
      fetch: server('local'),
    });
    expect(session).toMatchObject({ kind: 'signed-in', me: { id: 's1' } });
  });

  it('forgets a stale local session and asks to sign in again', async () => {
    const tokens = memoryTokens('old');
    const session = await bootstrap({ host: null, tokens, fetch: server('local', 401) });
    expect(session.kind).toBe('sign-in');
    expect(tokens.value).toBeNull();
  });

  it('in tenant mode asks the person to open the app in Teams', async () => {
    const session = await bootstrap({
      host: null,
      tokens: memoryTokens(null),
      fetch: server('tenant'),
    });
    expect(session.kind).toBe('open-in-teams');
  });

  it('says so when the server cannot be reached', async () => {
    const session = await bootstrap({
      host: null,
      tokens: memoryTokens(null),
      fetch: () => Promise.reject(new TypeError('down')),
    });
    expect(session.kind).toBe('failed');
  });
});

describe('start-up inside Teams', () => {
  it('signs in with the Teams SSO token', async () => {
    const fetch = server('tenant');
    const host = {
      theme: 'light' as const,
      subPageId: null,
      onThemeChange: () => undefined,
      getSsoToken: () => Promise.resolve('sso-token'),
      isNaaRecommended: () => false,
    };
    const session = await bootstrap({ host, tokens: memoryTokens(null), fetch });
    expect(session.kind).toBe('signed-in');
    const meCall = fetch.mock.calls.find(([url]) => url.endsWith('/api/me')) as unknown as
      [string, RequestInit] | undefined;
    expect(meCall?.[1].headers).toMatchObject({ authorization: 'Bearer sso-token' });
  });
});
