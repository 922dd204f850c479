/**
 * `npx tsx src/demo-data/measure-load.ts [--size small|full|council] [--seed-endpoint]
 *  [--seed 20261125] [--today 2026-11-25]`
 *
 * Starts a fresh in-memory emulator, provisions the site from manifest/, loads the demo data
 * through the Store (or, with `--seed-endpoint`, through the emulator's seed endpoint) and says
 * how long each part took. A measurement, not a test.
 */
import { parseArgs } from 'node:util';
import type { DemoSize } from '../app/config/config';
import { DEMO_SIZES } from '../app/config/config';
import { startEmulator } from '../emulator/index';
import { provisionSite } from '../sharepoint/provision/provision';
import { siteSchema } from '../sharepoint/schema/load';
import { openLocalStore } from '../sharepoint/store';
import { DEFAULT_DEMO_OPTIONS, generateDemoDataOfSize } from './generate';
import { loadDemoData } from './load';
import { seedDemoData } from './seed';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(DEFAULT_DEMO_OPTIONS.seed) },
    today: { type: 'string', default: DEFAULT_DEMO_OPTIONS.today },
    size: { type: 'string', default: 'full' },
    'seed-endpoint': { type: 'boolean', default: false },
  },
});
const size = values.size as DemoSize;
if (!DEMO_SIZES.includes(size)) throw new Error(`--size must be one of ${DEMO_SIZES.join(', ')}`);
const options = { seed: Number(values.seed), today: values.today };
const seconds = (from: number): string => `${((performance.now() - from) / 1000).toFixed(1)} s`;

let t = performance.now();
const data = generateDemoDataOfSize(size, options);
console.log(`Generated the ${size} demo data in ${seconds(t)}`);

const emulator = await startEmulator();
try {
  const store = await openLocalStore(emulator);
  t = performance.now();
  await provisionSite(store.graph, store.siteId, siteSchema(), { dryRun: false });
  console.log(`Provisioned in ${seconds(t)}`);
  t = performance.now();
  let last = 0;
  const progress = (done: number, total: number) => {
    if (done - last >= 10_000 || done === total) {
      console.log(`  ${String(done)} / ${String(total)} after ${seconds(t)}`);
      last = done;
    }
  };
  if (values['seed-endpoint']) {
    await seedDemoData(emulator, data, progress);
    console.log(`Seeded in ${seconds(t)} through POST /_emulator/seed`);
  } else {
    await loadDemoData(store, data, progress);
    console.log(
      `Loaded in ${seconds(t)}; batches: ${JSON.stringify(emulator.counters.snapshot())}`,
    );
  }
} finally {
  await emulator.close();
}
