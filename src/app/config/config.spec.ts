import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const tenant = '11111111-2222-3333-4444-555555555555';
const client = '66666666-7777-8888-9999-000000000000';

describe('loadConfig', () => {
  it('runs in local mode on the embedded default when no tenant is configured', () => {
    const config = loadConfig({});
    expect(config.store.mode).toBe('local');
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3978);
  });

  it('refuses local sign-in when NODE_ENV is production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUDITLOOP_TENANT_ID/);
  });

  it('switches local mode off as soon as a tenant is configured, and names what is missing', () => {
    expect(() => loadConfig({ AUDITLOOP_TENANT_ID: tenant })).toThrow(
      /AUDITLOOP_CLIENT_ID, AUDITLOOP_CLIENT_SECRET, AUDITLOOP_SITE_ID/,
    );
  });

  it('names a malformed setting', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ AUDITLOOP_TENANT_ID: 'not-a-guid' })).toThrow(/AUDITLOOP_TENANT_ID/);
  });

  it('builds the tenant configuration with the tenant signing keys by default', () => {
    const config = loadConfig({
      AUDITLOOP_TENANT_ID: tenant,
      AUDITLOOP_CLIENT_ID: client,
      AUDITLOOP_CLIENT_SECRET: 'secret',
      AUDITLOOP_SITE_ID: 'contoso.sharepoint.com,a,b',
    });
    expect(config.store).toMatchObject({
      mode: 'tenant',
      tenantId: tenant,
      appIdUri: `api://${client}`,
      jwksUrl: `https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`,
    });
  });

  it("reads the council's grade targets, as fractions, and names one out of range", () => {
    expect(loadConfig({}).gradeTargets).toEqual({
      goodOrBetterAtLeast: 0.4,
      inadequateAtMost: 0.1,
    });
    expect(
      loadConfig({ AUDITLOOP_TARGET_GOOD_OR_BETTER: '0.5', AUDITLOOP_TARGET_INADEQUATE: '0.05' })
        .gradeTargets,
    ).toEqual({ goodOrBetterAtLeast: 0.5, inadequateAtMost: 0.05 });
    expect(() => loadConfig({ AUDITLOOP_TARGET_INADEQUATE: '10' })).toThrow(
      /AUDITLOOP_TARGET_INADEQUATE/,
    );
  });
});
