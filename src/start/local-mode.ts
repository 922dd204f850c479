/**
 * Local mode only, and only ever loaded by a dynamic import when no tenant is configured: the
 * embedded SharePoint lists emulator and the synthetic demo data never load on the production
 * path (a dependency rule in `npm test` proves it).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config, DemoSize } from '../app/config/config';
import type { Directory } from '../app/directory/directory';
import { generateDemoDataOfSize } from '../demo-data/generate';
import { loadDemoData } from '../demo-data/load';
import { seedDemoData } from '../demo-data/seed';
import { startEmulator } from '../emulator';
import { provisionSite } from '../sharepoint/provision/provision';
import { siteSchema } from '../sharepoint/schema/load';
import { openLocalStore, type GraphStore } from '../sharepoint/store';
import type { OpenedStore } from './opened-store';

type LocalConfig = Extract<Config['store'], { mode: 'local' }>;

/** The demo size configured for each site opened here (AUDITLOOP_DEMO_SIZE). */
const configuredSize = new WeakMap<OpenedStore, DemoSize>();

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
  const site: OpenedStore = { store: opened, emulator };
  configuredSize.set(site, store.demoSize);
  return site;
}

/**
 * Loads synthetic demo data into an empty site (first run only): the size AUDITLOOP_DEMO_SIZE
 * names, unless the caller asks for the small one (tests). The council size is seeded through
 * the emulator's seed endpoint (about 4× faster than 90,000 creates through the store).
 */
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
  const size = options.demo === 'small' ? 'small' : (configuredSize.get(opened) ?? 'full');
  const data = generateDemoDataOfSize(size, { seed: 20261125, today: options.today });
  options.progress(`Loading synthetic demo data, ${size} size (first run only)…`);
  if (size === 'council' && opened.emulator !== null) await seedDemoData(opened.emulator, data);
  else await loadDemoData(opened.store, data);
  await directory.refresh();
}
