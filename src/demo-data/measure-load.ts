/**
 * `npx tsx src/demo-data/measure-load.ts [--seed 20261125] [--today 2026-11-25] [--small]`
 *
 * Starts a fresh in-memory emulator, provisions the site from manifest/, loads the demo data
 * through the Store and says how long each part took. A measurement, not a test.
 */
import { parseArgs } from 'node:util';
import { startEmulator } from '../emulator/index';
import { provisionSite } from '../sharepoint/provision/provision';
import { siteSchema } from '../sharepoint/schema/load';
import { openLocalStore } from '../sharepoint/store';
import { DEFAULT_DEMO_OPTIONS, generateDemoData, generateSmallDemoData } from './generate';
import { loadDemoData } from './load';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(DEFAULT_DEMO_OPTIONS.seed) },
    today: { type: 'string', default: DEFAULT_DEMO_OPTIONS.today },
    small: { type: 'boolean', default: false },
  },
});
const options = { seed: Number(values.seed), today: values.today };
const seconds = (from: number): string => `${((performance.now() - from) / 1000).toFixed(1)} s`;

let t = performance.now();
const data = values.small ? generateSmallDemoData(options) : generateDemoData(options);
console.log(`Generated in ${seconds(t)}`);

const emulator = await startEmulator();
try {
  const store = await openLocalStore(emulator);
  t = performance.now();
  await provisionSite(store.graph, store.siteId, siteSchema(), { dryRun: false });
  console.log(`Provisioned in ${seconds(t)}`);
  t = performance.now();
  let last = 0;
  await loadDemoData(store, data, (done, total) => {
    if (done - last >= 1000 || done === total) {
      console.log(`  ${String(done)} / ${String(total)} after ${seconds(t)}`);
      last = done;
    }
  });
  console.log(`Loaded in ${seconds(t)}; batches: ${JSON.stringify(emulator.counters.snapshot())}`);
} finally {
  await emulator.close();
}
