/**
 * Builds the tab (`dist/tab`) when it is missing or older than its sources, so `npm start` on a
 * fresh clone serves the tab and a second start does not wait for a build it does not need.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const SOURCES = ['src/tab', 'src/contract', 'src/cards', 'src/domain', 'vite.tab.config.ts'];
const OUTPUT = 'dist/tab/index.html';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

const built = existsSync(OUTPUT) ? statSync(OUTPUT).mtimeMs : 0;
if (built === 0 || SOURCES.some((s) => newest(s) > built)) {
  console.log('Building the tab…');
  await build({ configFile: 'vite.tab.config.ts', logLevel: 'warn' });
} else {
  console.log('The tab is up to date.');
}
