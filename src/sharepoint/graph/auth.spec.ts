import { describe, expect, it } from 'vitest';
import { ClientCredentialsProvider } from './auth';

describe('the client credentials provider', () => {
  it('asks the tenant token endpoint for a Graph token once, until it nears expiry', async () => {
    const calls: { url: string; body: string }[] = [];
    const fakeFetch: typeof fetch = (url, init) => {
      calls.push({ url: url as string, body: (init?.body as URLSearchParams).toString() });
      const token = { access_token: `token-${String(calls.length)}`, expires_in: 3600 };
      return Promise.resolve(new Response(JSON.stringify(token), { status: 200 }));
    };
    let now = 0;
    const provider = new ClientCredentialsProvider(
      { tenantId: 'tenant-1', clientId: 'app', clientSecret: 'secret' },
      fakeFetch,
      () => now,
    );
    expect(await provider.getAccessToken()).toBe('token-1');
    expect(await provider.getAccessToken()).toBe('token-1');
    now = 3_301_000;
    expect(await provider.getAccessToken()).toBe('token-2');
    expect(calls[0].url).toBe('https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token');
    expect(calls[0].body).toContain('grant_type=client_credentials');
    expect(calls[0].body).toContain('scope=https%3A%2F%2Fgraph.microsoft.com%2F.default');
  });

  it('fails clearly when the credentials are refused, without echoing the secret', async () => {
    const refuse = () =>
      Promise.resolve(new Response('{"error":"invalid_client"}', { status: 401 }));
    const provider = new ClientCredentialsProvider(
      { tenantId: 't', clientId: 'app', clientSecret: 'hunter2' },
      refuse,
    );
    await expect(provider.getAccessToken()).rejects.toThrow(
      /refused the app's credentials \(401\)/,
    );
    await expect(provider.getAccessToken()).rejects.not.toThrow(/hunter2/);
  });
});
