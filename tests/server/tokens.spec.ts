/**
 * Sign-in: a bad token is refused with 401 before any handler runs — no store read, no Audit
 * log entry — in tenant mode (Teams SSO against the test tenant's JWKS) and in local mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsignedToken, TEST_TENANT_ID } from '../support/test-tenant';
import { staffById } from './fixture';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
const oid = staffById('qa').aadObjectId;
const issuer = `https://login.microsoftonline.com/${TEST_TENANT_ID}/v2.0`;

beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const BAD_TENANT_TOKENS: readonly [string, () => Promise<string>][] = [
  ['forged (a key the tenant does not publish)', () => h.tenant.forge({ oid })],
  ['expired', () => h.tenant.sign({ oid }, { expiresInSeconds: -3600 })],
  [
    'from another issuer',
    () => h.tenant.sign({ oid }, { issuer: 'https://login.microsoftonline.com/other/v2.0' }),
  ],
  ['for another audience', () => h.tenant.sign({ oid }, { audience: 'api://someone-else' })],
  [
    'from another tenant',
    () => h.tenant.sign({ oid, tid: '11111111-2222-4333-8444-555555555555' }, { issuer }),
  ],
  ['without the access_as_user scope', () => h.tenant.sign({ oid, scp: 'User.Read' })],
  ['without an oid', () => h.tenant.sign({})],
  ['unsigned (alg none)', () => Promise.resolve(unsignedToken({ oid, tid: TEST_TENANT_ID }))],
  ['a local session (tenant mode)', () => h.sessions.issue(oid)],
  ['not a token at all', () => Promise.resolve('hello')],
];

const ENDPOINTS: readonly [string, string, unknown][] = [
  ['GET', '/api/me', undefined],
  ['GET', '/api/audits/AUD-A', undefined],
  ['POST', '/api/actions/ACT-B1/verify', { version: 'x' }],
  ['PUT', '/api/audits/AUD-A/draft', { version: 'x', draft: {} }],
];

const untouched = async (run: () => Promise<number>): Promise<void> => {
  await h.services.auditLog.flush();
  const reads = h.reads();
  const writes = h.writes();
  expect(await run()).toBe(401);
  await h.services.auditLog.flush();
  expect(h.reads()).toBe(reads);
  expect(h.writes()).toBe(writes);
};

describe('a refused token', () => {
  it.each(BAD_TENANT_TOKENS)('%s gets 401 and touches nothing', async (_name, make) => {
    const token = await make();
    for (const [method, path, body] of ENDPOINTS) {
      await untouched(async () => (await h.call(method, path, { token, body })).status);
    }
  });

  it('no Authorization header, or not a Bearer one, gets 401', async () => {
    await untouched(async () => (await h.call('GET', '/api/home')).status);
    const response = await fetch(`${h.tenantUrl}/api/home`, {
      headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
    });
    expect(response.status).toBe(401);
  });

  it('a tenant token on the local-mode app gets 401', async () => {
    const token = await h.tokenFor('qa');
    await untouched(async () => (await h.call('GET', '/api/me', { token }, h.localUrl)).status);
  });

  it('a valid token for someone not on the Staff list gets 403 not-staff', async () => {
    const token = await h.tenant.sign({ oid: 'ffffffff-0000-4000-8000-000000000000' });
    const response = await h.call<{ error: { code: string } }>('GET', '/api/me', { token });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('not-staff');
  });

  it('an inactive member of staff gets 403', async () => {
    const token = await h.tenant.sign({ oid: staffById('gone').aadObjectId });
    expect((await h.call('GET', '/api/me', { token })).status).toBe(403);
  });
});

describe('a good token', () => {
  it('in tenant mode names the caller from the Staff list', async () => {
    const response = await h.as<{ id: string; role: string; mode: string }>(
      'hos-n',
      'GET',
      '/api/me',
    );
    expect(response.body).toMatchObject({ id: 'hos-n', role: 'HeadOfService', mode: 'tenant' });
  });

  it('in local mode comes from the sign-in page', async () => {
    const staff = await h.call<{ roles: { role: string; staff: { id: string }[] }[] }>(
      'GET',
      '/api/local/staff',
      {},
      h.localUrl,
    );
    expect(staff.status).toBe(200);
    expect(staff.body.roles.map((r) => r.role)).toContain('QALead');
    const signIn = await h.call<{ token: string }>(
      'POST',
      '/api/local/sign-in',
      { body: { staffId: 'tm-n1' } },
      h.localUrl,
    );
    expect(signIn.status).toBe(200);
    const me = await h.call<{ id: string; mode: string }>(
      'GET',
      '/api/me',
      { token: signIn.body.token },
      h.localUrl,
    );
    expect(me.body).toMatchObject({ id: 'tm-n1', mode: 'local' });
  });

  it('local sign-in does not exist when a tenant is configured', async () => {
    expect((await h.call('GET', '/api/local/staff')).status).toBe(401);
    expect((await h.call('POST', '/api/local/sign-in', { body: { staffId: 'qa' } })).status).toBe(
      401,
    );
  });

  it('local sign-in refuses someone not on the Staff list', async () => {
    const response = await h.call(
      'POST',
      '/api/local/sign-in',
      { body: { staffId: 'gone' } },
      h.localUrl,
    );
    expect(response.status).toBe(400);
  });
});
