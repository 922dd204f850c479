import { describe, expect, it } from 'vitest';
import { readSiteConfig } from './config';

const site = {
  AUDITLOOP_SITE_ID: 'contoso.sharepoint.com,1,2',
  AUDITLOOP_TENANT_ID: 't',
  AUDITLOOP_CLIENT_ID: 'c',
  AUDITLOOP_CLIENT_SECRET: 's',
};

describe('store configuration', () => {
  it('chooses the emulator, with its bearer secret, when AUDITLOOP_EMULATOR_URL is set', () => {
    expect(
      readSiteConfig({
        AUDITLOOP_EMULATOR_URL: 'http://127.0.0.1:4100',
        AUDITLOOP_EMULATOR_SECRET: 'shh',
      }),
    ).toEqual({ kind: 'emulator', emulatorUrl: 'http://127.0.0.1:4100', emulatorSecret: 'shh' });
  });

  it('asks for the emulator secret when only the emulator URL is set', () => {
    expect(() => readSiteConfig({ AUDITLOOP_EMULATOR_URL: 'http://127.0.0.1:4100' })).toThrow(
      /^AUDITLOOP_EMULATOR_SECRET is not set/,
    );
  });

  it('reads a real site from its four settings', () => {
    expect(readSiteConfig(site)).toMatchObject({
      kind: 'site',
      siteId: site.AUDITLOOP_SITE_ID,
      clientId: 'c',
    });
  });

  it('names the first missing setting', () => {
    expect(() => readSiteConfig({ ...site, AUDITLOOP_CLIENT_SECRET: '' })).toThrow(
      /^AUDITLOOP_CLIENT_SECRET is not set/,
    );
  });
});
