import { describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from './api-error';
import { createApiClient } from './client';

const answer = (status: number, body: unknown) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

describe('the API client', () => {
  it('sends the bearer token and JSON, and returns the parsed answer', async () => {
    const fetch = vi.fn((_url: string, _init?: RequestInit) => answer(200, { ok: true }));
    const client = createApiClient({ baseUrl: '', getToken: () => Promise.resolve('t0k'), fetch });
    await expect(client.post('/api/x', { a: 1 })).resolves.toEqual({ ok: true });
    const init = fetch.mock.calls[0]?.[1];
    expect(init?.headers).toMatchObject({
      authorization: 'Bearer t0k',
      'content-type': 'application/json',
    });
    expect(init?.body).toBe('{"a":1}');
  });

  it('leaves out empty query parameters', async () => {
    const fetch = vi.fn((_url: string) => answer(200, {}));
    const client = createApiClient({
      baseUrl: 'http://h',
      getToken: () => Promise.resolve(null),
      fetch,
    });
    await client.get('/api/audits', { scope: 'team', state: undefined, cycleId: '' });
    expect(fetch.mock.calls[0]?.[0]).toBe('http://h/api/audits?scope=team');
  });

  it('turns a 409 into a conflict error carrying the current version', async () => {
    const body = {
      error: { code: 'conflict', message: 'changed', issues: [], currentVersion: '7' },
    };
    const client = createApiClient({
      baseUrl: '',
      getToken: () => Promise.resolve('t'),
      fetch: () => answer(409, body),
    });
    const error = await client.put('/api/audits/A/draft', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 409, code: 'conflict', currentVersion: '7' });
  });

  it('keeps the field issues of a 400', async () => {
    const body = {
      error: {
        code: 'invalid',
        message: 'bad',
        issues: [{ field: 'draft.rationale', message: 'is required' }],
      },
    };
    const client = createApiClient({
      baseUrl: '',
      getToken: () => Promise.resolve('t'),
      fetch: () => answer(400, body),
    });
    await expect(client.post('/api/x')).rejects.toMatchObject({
      issues: [{ field: 'draft.rationale' }],
    });
  });

  it('tells the app when the sign-in is no longer valid', async () => {
    const onUnauthenticated = vi.fn();
    const body = { error: { code: 'unauthenticated', message: 'Sign in', issues: [] } };
    const client = createApiClient({
      baseUrl: '',
      getToken: () => Promise.resolve('t'),
      onUnauthenticated,
      fetch: () => answer(401, body),
    });
    await expect(client.get('/api/me')).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('reports an unreachable server as a network error', async () => {
    const client = createApiClient({
      baseUrl: '',
      getToken: () => Promise.resolve(null),
      fetch: () => Promise.reject(new TypeError('offline')),
    });
    await expect(client.get('/api/health')).rejects.toMatchObject({ code: 'network', status: 0 });
  });
});
