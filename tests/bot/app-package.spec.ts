import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildAppPackage } from '../../scripts/package-app';
import { checkSchema } from '../../scripts/package/json-schema-check';
import { pngSize } from '../../scripts/package/png';
import { TEST_APP_ID_URI, TEST_CLIENT_ID } from '../support/test-tenant';

const values = {
  appId: TEST_CLIENT_ID,
  botId: TEST_CLIENT_ID,
  publicUrl: 'https://auditloop.example.gov.uk',
  appIdUri: TEST_APP_ID_URI,
  version: '1.2.3',
};

/** Reads a zip's entries back through its local headers. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  let at = 0;
  while (archive.readUInt32LE(at) === 0x04034b50) {
    const size = archive.readUInt32LE(at + 18);
    const nameLength = archive.readUInt16LE(at + 26);
    const name = archive.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength;
    entries.set(name, inflateRawSync(archive.subarray(start, start + size)));
    at = start + size;
  }
  return entries;
}

const schema = JSON.parse(
  readFileSync(
    new URL('../../appPackage/schema/MicrosoftTeams.v1.19.subset.schema.json', import.meta.url),
    'utf8',
  ),
) as unknown;

describe('the Teams app package', () => {
  it('holds a manifest valid against the v1.19 schema, and both icons at their sizes', async () => {
    const { zip, manifest } = await buildAppPackage(values);
    expect(checkSchema(schema, manifest)).toEqual([]);
    const entries = unzip(zip);
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(pngSize(entries.get('color.png') ?? Buffer.alloc(24))).toEqual({
      width: 192,
      height: 192,
    });
    expect(pngSize(entries.get('outline.png') ?? Buffer.alloc(24))).toEqual({
      width: 32,
      height: 32,
    });
    const written = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '{}') as Record<
      string,
      unknown
    >;
    expect(written).toMatchObject({
      manifestVersion: '1.19',
      bots: [{ botId: TEST_CLIENT_ID, scopes: ['personal', 'team'] }],
      webApplicationInfo: { id: TEST_CLIENT_ID, resource: TEST_APP_ID_URI },
      validDomains: ['auditloop.example.gov.uk'],
    });
  });

  it('refuses a manifest the schema does not allow', () => {
    const issues = checkSchema(schema, {
      manifestVersion: '1.17',
      id: 'not-a-guid',
      surprise: true,
    });
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['/manifestVersion', '/id', '/']),
    );
  });

  it('refuses to package without the values it needs', async () => {
    await expect(buildAppPackage({ ...values, botId: 'bot' })).rejects.toThrow(/botId/);
  });
});
