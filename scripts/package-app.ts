/**
 * `tsx scripts/package-app.ts` — fills appPackage/manifest.template.json from config, checks it
 * offline against the vendored Teams manifest schema (v1.19), draws the two icons and writes
 * appPackage/build/audit-loop.zip. Needs a tenant configuration (AUDITLOOP_TENANT_ID,
 * AUDITLOOP_CLIENT_ID, …) and AUDITLOOP_PUBLIC_URL; AUDITLOOP_TEAMS_APP_ID is optional.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { checkSchema } from './package/json-schema-check';
import { fillManifest, type ManifestValues } from './package/manifest';
import { colorIcon, outlineIcon } from './package/png';
import { zip } from './package/zip';
import { loadConfig } from '../src/app/config/config';

const root = fileURLToPath(new URL('../appPackage/', import.meta.url));

export async function buildAppPackage(
  values: ManifestValues,
): Promise<{ zip: Buffer; manifest: unknown }> {
  const template = await readFile(`${root}manifest.template.json`, 'utf8');
  const schema = JSON.parse(
    await readFile(`${root}schema/MicrosoftTeams.v1.19.subset.schema.json`, 'utf8'),
  ) as unknown;
  const manifest = fillManifest(template, values);
  const issues = checkSchema(schema, manifest);
  if (issues.length > 0) {
    throw new Error(
      `The manifest is not valid: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    );
  }
  const archive = zip([
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2)) },
    { name: 'color.png', data: colorIcon() },
    { name: 'outline.png', data: outlineIcon() },
  ]);
  return { zip: archive, manifest };
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (config.store.mode !== 'tenant' || config.publicUrl === null) {
    throw new Error('Packaging needs a tenant configuration and AUDITLOOP_PUBLIC_URL (https).');
  }
  const { clientId, appIdUri } = config.store;
  const built = await buildAppPackage({
    appId: config.bot.teamsAppId ?? clientId,
    botId: clientId,
    publicUrl: config.publicUrl,
    appIdUri,
    version: process.env['npm_package_version'] ?? '0.1.0',
  });
  await mkdir(`${root}build`, { recursive: true });
  await writeFile(`${root}build/audit-loop.zip`, built.zip);
  process.stdout.write(
    `Wrote appPackage/build/audit-loop.zip (${String(built.zip.length)} bytes)\n`,
  );
}

if (fileURLToPath(import.meta.url) === process.argv.at(1)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
