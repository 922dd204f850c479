import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { provisionSite } from '../../sharepoint/provision/provision';
import { siteSchema } from '../../sharepoint/schema/load';
import { openLocalStore, openSiteStore, type GraphStore } from '../../sharepoint/store';
import type { Config } from '../config/config';

export interface OpenedStore {
  readonly store: GraphStore;
  /** The embedded SharePoint lists emulator, in local mode only. */
  readonly emulator: RunningEmulator | null;
}

/**
 * Local mode: start the embedded emulator (a SQLite file under the data folder, or memory for
 * tests) on loopback and provision the site from manifest/ (idempotent). Tenant mode: the
 * council's site, provisioned beforehand with `npm run provision`.
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
  let dbPath = ':memory:';
  if (options.inMemory !== true) {
    mkdirSync(config.store.dataDir, { recursive: true });
    dbPath = join(config.store.dataDir, 'sharepoint.sqlite');
  }
  const emulator = await startEmulator({ dbPath, host: '127.0.0.1', port: 0 });
  const store = await openLocalStore(emulator);
  const result = await provisionSite(store.graph, store.siteId, siteSchema(), { dryRun: false });
  const where = dbPath === ':memory:' ? 'in memory' : dbPath;
  const provisioned = result.applied
    ? `site provisioned (${String(result.plan.steps.length)} changes)`
    : 'site up to date';
  options.progress(`SharePoint lists emulator on ${emulator.url} (${where}); ${provisioned}`);
  return { store, emulator };
}
