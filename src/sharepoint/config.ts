import { z } from 'zod';
import type { ClientCredentials } from './graph/auth';

/** Where the store lives: a real site (app-only credentials) or the local emulator. */
export type SiteConfig =
  | ({ readonly kind: 'site'; readonly siteId: string } & ClientCredentials)
  | { readonly kind: 'emulator'; readonly emulatorUrl: string; readonly emulatorSecret: string };

const SITE_NAMES = [
  'AUDITLOOP_SITE_ID',
  'AUDITLOOP_TENANT_ID',
  'AUDITLOOP_CLIENT_ID',
  'AUDITLOOP_CLIENT_SECRET',
] as const;

const url = z.url({ protocol: /^https?$/ });

/**
 * Reads the store's configuration: `AUDITLOOP_EMULATOR_URL` (or an explicit emulator URL) means
 * the emulator, whose bearer secret (printed by `npm run emulator`) is `AUDITLOOP_EMULATOR_SECRET`
 * (or an explicit one); otherwise every one of AUDITLOOP_SITE_ID, AUDITLOOP_TENANT_ID, AUDITLOOP_CLIENT_ID and
 * AUDITLOOP_CLIENT_SECRET is needed, and the first missing one is named.
 */
export function readSiteConfig(
  env: Readonly<Record<string, string | undefined>>,
  emulatorUrl = env.AUDITLOOP_EMULATOR_URL,
  emulatorSecret = env.AUDITLOOP_EMULATOR_SECRET,
): SiteConfig {
  if (emulatorUrl !== undefined && emulatorUrl !== '') {
    if (!url.safeParse(emulatorUrl).success)
      throw new Error(`The emulator URL '${emulatorUrl}' is not an http(s) URL.`);
    if (emulatorSecret === undefined || emulatorSecret === '')
      throw new Error(
        'AUDITLOOP_EMULATOR_SECRET is not set: give the bearer secret `npm run emulator` printed.',
      );
    return { kind: 'emulator', emulatorUrl, emulatorSecret };
  }
  const missing = SITE_NAMES.find((name) => (env[name] ?? '') === '');
  if (missing !== undefined)
    throw new Error(
      `${missing} is not set. Set ${SITE_NAMES.join(', ')} for a SharePoint site, or AUDITLOOP_EMULATOR_URL for the local emulator.`,
    );
  const value = (name: (typeof SITE_NAMES)[number]) => env[name] ?? '';
  return {
    kind: 'site',
    siteId: value('AUDITLOOP_SITE_ID'),
    tenantId: value('AUDITLOOP_TENANT_ID'),
    clientId: value('AUDITLOOP_CLIENT_ID'),
    clientSecret: value('AUDITLOOP_CLIENT_SECRET'),
  };
}
