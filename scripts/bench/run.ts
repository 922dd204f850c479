/**
 * `npm run bench [-- council cards fanout tab]`: every benchmark, or the ones named. Each prints
 * figures (requests, latencies, sizes, throughput) beside a baseline measured in the same run;
 * nothing here asserts a timing.
 */
import { benchCardActions } from './card-action.bench';
import { benchCouncil } from './council.bench';
import { benchDraw } from './draw.bench';
import { benchFanout } from './fanout.bench';
import { benchReports } from './reports.bench';
import { benchTab } from './tab.bench';

type Bench = () => Promise<string[]>;

const BENCHES: Record<string, Bench> = {
  council: benchCouncil,
  draw: benchDraw,
  cards: benchCardActions,
  fanout: benchFanout,
  reports: benchReports,
  tab: benchTab,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);

for (const name of names) {
  const bench = BENCHES[name] as Bench | undefined;
  if (bench === undefined) {
    console.error(`No benchmark called '${name}'. Choose from: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n## ${name}`);
  for (const line of await bench()) console.log(line);
}
