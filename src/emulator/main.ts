import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmulator } from './index.js';

/** `tsx src/emulator/main.ts --port 4100 --db .data/emulator.sqlite` */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4100' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: '.data/emulator.sqlite' },
    hostname: { type: 'string' },
    'site-name': { type: 'string' },
    'site-id': { type: 'string' },
  },
});

const dbPath = values.db;
if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });

const emulator = await startEmulator({
  port: Number(values.port),
  host: values.host,
  dbPath,
  hostname: values.hostname,
  siteName: values['site-name'],
  siteId: values['site-id'],
});

console.log(`SharePoint lists emulator listening on ${emulator.url}`);
console.log(`site id: ${emulator.siteId}`);
console.log(`Graph base: ${emulator.url}/v1.0  control: ${emulator.url}/_emulator/health`);

const stop = () => {
  void emulator.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
