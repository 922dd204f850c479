/**
 * Local mode only, and only ever loaded by a dynamic import when no tenant is configured: the
 * embedded SharePoint lists emulator and the synthetic demo data never load on the production
 * path (a dependency rule in `npm test` proves it).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../app/config/config';
import type { Directory } from '../app/directory/directory';
import { generateDemoData, generateSmallDemoData } from '../demo-data/generate';
import { loadDemoData } from '../demo-data/load';
import { startEmulator } from '../emulator';
import { provisionSite } from '../sharepoint/provision/provision';
import { siteSchema } from '../sharepoint/schema/load';
import { openLocalStore, type GraphStore } from '../sharepoint/store';
import type { OpenedStore } from './opened-store';

type LocalConfig = Extract<Config['store'], { mode: 'local' }>;

/**
 * Starts the embedded emulator (a SQLite file under the data folder, or memory for tests) on
 * loopback and provisions the site from manifest/ (idempotent).
 */
export async function openLocalSite(
  store: LocalConfig,
  options: { readonly inMemory?: boolean; readonly progress: (line: string) => void },
): Promise<OpenedStore> {
  let dbPath = ':memory:';
  if (options.inMemory !== true) {
    mkdirSync(store.dataDir, { recursive: true });
    dbPath = join(store.dataDir, 'sharepoint.sqlite');
  }
  const emulator = await startEmulator({ dbPath, host: '127.0.0.1', port: 0 });
  const opened: GraphStore = await openLocalStore(emulator);
  const result = await provisionSite(opened.graph, opened.siteId, siteSchema(), {
    dryRun: false,
  });
  const where = dbPath === ':memory:' ? 'in memory' : dbPath;
  const provisioned = result.applied
    ? `site provisioned (${String(result.plan.steps.length)} changes)`
    : 'site up to date';
  options.progress(`SharePoint lists emulator on ${emulator.url} (${where}); ${provisioned}`);
  return { store: opened, emulator };
}

/** Loads synthetic demo data into an empty site (first run only). */
export async function loadDemoIfEmpty(
  opened: OpenedStore,
  directory: Directory,
  options: {
    readonly demo: 'full' | 'small';
    readonly today: string;
    readonly progress: (line: string) => void;
  },
): Promise<void> {
  if (directory.allStaff().length > 0) return;
  const data =
    options.demo === 'small'
      ? generateSmallDemoData({ seed: 20261125, today: options.today })
      : generateDemoData({ seed: 20261125, today: options.today });
  options.progress('Loading synthetic demo data (first run only)…');
  await loadDemoData(opened.store, data);
  await directory.refresh();
}
