import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { SMALLEST_TENANT_UNITS_PER_MINUTE, startEmulator } from './index.js';

/**
 * `tsx src/emulator/main.ts --port 4100 --db .data/emulator.sqlite [--secret S] [--throttle]
 * [--resource-units-per-minute N]`. The secret comes from --secret, else AUDITLOOP_EMULATOR_SECRET,
 * else a new random one; it is printed so a developer can use it. --throttle enforces the smallest
 * tenant's budget (1,250 resource units a minute); --resource-units-per-minute sets another.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4100' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: '.data/emulator.sqlite' },
    hostname: { type: 'string' },
    'site-name': { type: 'string' },
    'site-id': { type: 'string' },
    secret: { type: 'string' },
    throttle: { type: 'boolean', default: false },
    'resource-units-per-minute': { type: 'string' },
  },
});

const dbPath = values.db;
if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
const perMinute = values['resource-units-per-minute'];
const envSecret = process.env.AUDITLOOP_EMULATOR_SECRET;

const emulator = await startEmulator({
  port: Number(values.port),
  host: values.host,
  dbPath,
  hostname: values.hostname,
  siteName: values['site-name'],
  siteId: values['site-id'],
  secret: values.secret ?? (envSecret === '' ? undefined : envSecret),
  resourceUnitsPerMinute:
    perMinute !== undefined
      ? Number(perMinute)
      : values.throttle
        ? SMALLEST_TENANT_UNITS_PER_MINUTE
        : undefined,
});

console.log(`SharePoint lists emulator listening on ${emulator.url}`);
console.log(`site id: ${emulator.siteId}`);
console.log(`Graph base: ${emulator.url}/v1.0  control: ${emulator.url}/_emulator/health`);
console.log(`bearer secret: ${emulator.secret}`);
console.log(
  `  e.g. curl -H "Authorization: Bearer ${emulator.secret}" ${emulator.url}/v1.0/sites/root`,
);
console.log(
  `  AUDITLOOP_EMULATOR_URL=${emulator.url} AUDITLOOP_EMULATOR_SECRET=${emulator.secret} npm run provision`,
);

const stop = () => {
  void emulator.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
