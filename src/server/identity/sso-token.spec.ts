import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_APP_ID_URI,
  TEST_CLIENT_ID,
  TEST_TENANT_ID,
  startTestTenant,
  unsignedToken,
  type TestTenant,
} from '../../../tests/support/test-tenant';
import { TokenError, tenantKeys, validateSsoToken, type SsoValidationOptions } from './sso-token';

let tenant: TestTenant;
let options: SsoValidationOptions;
const oid = 'aaaaaaaa-0000-4000-8000-000000000001';

beforeAll(async () => {
  tenant = await startTestTenant();
  options = {
    tenantId: TEST_TENANT_ID,
    clientId: TEST_CLIENT_ID,
    appIdUri: TEST_APP_ID_URI,
    scope: 'access_as_user',
    keys: tenantKeys(tenant.jwksUrl),
  };
});
afterAll(() => tenant.close());

describe('validateSsoToken', () => {
  it('identifies the caller by object id and tenant id from a valid token', async () => {
    const token = await tenant.sign({ oid, name: 'ignored', preferred_username: 'ignored' });
    await expect(validateSsoToken(token, options)).resolves.toEqual({ oid, tid: TEST_TENANT_ID });
  });

  it('accepts the v1 issuer and the App ID URI audience that Teams SSO tokens carry', async () => {
    const token = await tenant.sign(
      { oid },
      { issuer: `https://sts.windows.net/${TEST_TENANT_ID}/`, audience: TEST_APP_ID_URI },
    );
    await expect(validateSsoToken(token, options)).resolves.toMatchObject({ oid });
  });

  const rejected: [string, () => Promise<string>][] = [
    ['a forged signature', () => tenant.forge({ oid })],
    ['an expired token', () => tenant.sign({ oid }, { expiresInSeconds: -3600 })],
    ['a wrong issuer', () => tenant.sign({ oid }, { issuer: 'https://evil.example/v2.0' })],
    ['a wrong audience', () => tenant.sign({ oid }, { audience: 'api://someone-else' })],
    ['a wrong tenant', () => tenant.sign({ oid, tid: '00000000-0000-0000-0000-000000000000' })],
    ['no object id', () => tenant.sign({})],
    ['no access_as_user scope', () => tenant.sign({ oid, scp: 'User.Read' })],
    ['an unsigned token', () => Promise.resolve(unsignedToken({ oid, tid: TEST_TENANT_ID }))],
    ['garbage', () => Promise.resolve('not.a.token')],
  ];
  for (const [what, make] of rejected) {
    it(`rejects ${what}`, async () => {
      await expect(validateSsoToken(await make(), options)).rejects.toBeInstanceOf(TokenError);
    });
  }
});
