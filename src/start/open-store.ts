import { openSiteStore } from '../sharepoint/store';
import type { OpenedStore } from './opened-store';
import type { Config } from '../app/config/config';

export type { OpenedStore } from './opened-store';

/**
 * Tenant mode: the council's site, provisioned beforehand with `npm run provision`. Local mode:
 * the embedded emulator, loaded only now and only here (`local-mode.ts`, a dynamic import).
 */
export async function openStore(
  config: Config,
  options: { readonly inMemory?: boolean; readonly progress: (line: string) => void },
): Promise<OpenedStore> {
  if (config.store.mode === 'tenant') {
    const { siteId, tenantId, clientId, clientSecret } = config.store;
    return {
      store: openSiteStore({ kind: 'site', siteId, tenantId, clientId, clientSecret }),
      emulator: null,
    };
  }
  const { openLocalSite } = await import('./local-mode');
  return openLocalSite(config.store, options);
}
