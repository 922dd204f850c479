/**
 * `npm run provision [-- --dry-run] [-- --emulator http://127.0.0.1:4100]`
 *
 * Creates or upgrades the site's lists and columns from manifest/ (idempotent: a second run
 * changes nothing and says so). Targets the emulator when --emulator or AUDITLOOP_EMULATOR_URL
 * is given; otherwise a SharePoint site from AUDITLOOP_SITE_ID, AUDITLOOP_TENANT_ID,
 * AUDITLOOP_CLIENT_ID and AUDITLOOP_CLIENT_SECRET. Views are listed, never created: Graph v1.0 cannot.
 */
import { parseArgs } from 'node:util';
import { readSiteConfig } from '../src/sharepoint/config';
import { provisionSite } from '../src/sharepoint/provision/provision';
import { siteSchema } from '../src/sharepoint/schema/load';
import { openLocalStore, openSiteStore } from '../src/sharepoint/store';

const { values } = parseArgs({
  options: { 'dry-run': { type: 'boolean', default: false }, emulator: { type: 'string' } },
});

const config = readSiteConfig(process.env, values.emulator);
const store =
  config.kind === 'emulator'
    ? await openLocalStore({ url: config.emulatorUrl, secret: config.emulatorSecret })
    : openSiteStore(config);
const target =
  config.kind === 'emulator' ? `emulator ${config.emulatorUrl}` : `site ${config.siteId}`;
console.log(`Provisioning ${target}${values['dry-run'] ? ' (dry run: nothing will change)' : ''}`);
const result = await provisionSite(store.graph, store.siteId, siteSchema(), {
  dryRun: values['dry-run'],
});
for (const line of result.lines) console.log(line);
