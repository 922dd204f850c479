import { describe, expect, it, vi } from 'vitest';
import type { TokenStore } from '../auth/session';
import type { TeamsHost } from '../teams/teams-host';
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

describe('start-up requests run at once, not one after another', () => {
  const paths = (fetch: ReturnType<typeof server>) =>
    fetch.mock.calls.map(([url]) => new URL(url, 'http://tab').pathname);

  it('outside Teams, a stored session asks for me and the home data while health answers', async () => {
    let answerHealth: () => void = () => undefined;
    const slowHealth = new Promise<void>((resolve) => {
      answerHealth = resolve;
    });
    const answers = server('local');
    const fetch = vi.fn(async (url: string) => {
      if (url.endsWith('/api/health')) await slowHealth;
      if (url.endsWith('/api/home')) return json(200, { counts: {} });
      return answers(url);
    });
    const started = bootstrap({
      host: null,
      tokens: memoryTokens('tok'),
      fetch,
      wantsHome: () => true,
    });
    await vi.waitFor(() => {
      expect(fetch).toHaveBeenCalledTimes(3);
    });
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/api/health', '/api/me', '/api/home']);
    answerHealth();
    const session = await started;
    expect(session.kind).toBe('signed-in');
  });

  it("the home page's first request is answered by the one made at start-up, later ones ask again", async () => {
    const answers = server('local');
    const fetch = vi.fn((url: string) =>
      url.endsWith('/api/home') ? json(200, { counts: {} }) : answers(url),
    );
    const session = await bootstrap({
      host: null,
      tokens: memoryTokens('tok'),
      fetch,
      wantsHome: () => true,
    });
    if (session.kind !== 'signed-in') throw new Error(session.kind);
    const homeCalls = () => fetch.mock.calls.filter(([url]) => url.endsWith('/api/home')).length;
    await session.api.home();
    expect(homeCalls()).toBe(1);
    await session.api.home();
    expect(homeCalls()).toBe(2);
  });

  it('asks for no home data when the tab opens on another page', async () => {
    const fetch = server('local');
    await bootstrap({ host: null, tokens: memoryTokens('tok'), fetch, wantsHome: () => false });
    expect(paths(fetch)).toEqual(['/api/health', '/api/me']);
  });

  it('in tenant mode a stored local session still does not sign in', async () => {
    const session = await bootstrap({
      host: null,
      tokens: memoryTokens('tok'),
      fetch: server('tenant'),
    });
    expect(session.kind).toBe('open-in-teams');
  });

  it('inside Teams, health goes out while Teams is still connecting', async () => {
    const fetch = server('tenant');
    let connect: (host: TeamsHost) => void = () => undefined;
    const connecting = new Promise<TeamsHost>((resolve) => {
      connect = resolve;
    });
    const started = bootstrap({ host: connecting, tokens: memoryTokens(null), fetch });
    await vi.waitFor(() => {
      expect(paths(fetch)).toEqual(['/api/health']);
    });
    connect({
      theme: 'light',
      subPageId: null,
      onThemeChange: () => undefined,
      getSsoToken: () => Promise.resolve('sso-token'),
      isNaaRecommended: () => false,
    });
    expect((await started).kind).toBe('signed-in');
    expect(paths(fetch)).toEqual(['/api/health', '/api/me']);
  });
});
