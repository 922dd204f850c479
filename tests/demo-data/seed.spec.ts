import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Directory } from '../../src/app/directory/directory';
import { ReadModel } from '../../src/app/read-model/read-model';
import { generateSmallDemoData } from '../../src/demo-data/generate';
import { loadDemoData } from '../../src/demo-data/load';
import { seedDemoData } from '../../src/demo-data/seed';
import { FRAMEWORK_RECORD_KINDS } from '../../src/domain/ports';
import { MAPPINGS } from '../../src/sharepoint/lists/mappings';
import type { ListMapping } from '../../src/sharepoint/lists/mapping';
import { siteSchema } from '../../src/sharepoint/schema/load';
import { listFor } from '../../src/sharepoint/schema/site-schema';
import { startHarness, type Harness } from '../sharepoint/harness';

const small = generateSmallDemoData();
const SYSTEM_FIELDS = ['id', '@odata.etag', 'Created', 'Modified', 'ContentType', 'Edit'];

let seeded: Harness;
let loaded: Harness;
beforeAll(async () => {
  [seeded, loaded] = await Promise.all([startHarness(), startHarness()]);
  await seedDemoData(seeded.emulator, small);
  await loadDemoData(loaded.store, small);
});
afterAll(async () => {
  await Promise.all([seeded.close(), loaded.close()]);
});

/** Every item of a list as Graph returns it, with the item ids of lookups made comparable. */
async function itemsOf(h: Harness, title: string): Promise<Record<string, unknown>[]> {
  const url = `${h.emulator.url}/v1.0/sites/${h.store.siteId}/lists/${encodeURIComponent(title)}/items?$expand=fields&$top=5000`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${h.emulator.secret}` } });
  const body = (await response.json()) as { value: { fields: Record<string, unknown> }[] };
  return body.value
    .map(({ fields }) =>
      Object.fromEntries(Object.entries(fields).filter(([k]) => !SYSTEM_FIELDS.includes(k))),
    )
    .sort((a, b) => String(a.RecordId).localeCompare(String(b.RecordId)));
}

describe('seedDemoData through the emulator’s seed endpoint', () => {
  it('reads back through the store as the records that were generated', async () => {
    for (const kind of FRAMEWORK_RECORD_KINDS) {
      const mapping = MAPPINGS[kind] as ListMapping<typeof kind>;
      const byKey = (a: (typeof small)[typeof kind][number], b: typeof a) =>
        mapping.key(a).localeCompare(mapping.key(b));
      const read = (await seeded.store.repo(kind).list()).map((v) => v.record);
      expect([...read].sort(byKey)).toEqual([...small[kind]].sort(byKey));
    }
  });

  it('writes every list item with the same fields as loading through the store, lookups too', async () => {
    const schema = siteSchema();
    for (const kind of FRAMEWORK_RECORD_KINDS) {
      const title = listFor(schema, kind).displayName;
      expect(await itemsOf(seeded, title)).toEqual(await itemsOf(loaded, title));
    }
    const [action] = await itemsOf(seeded, 'Actions');
    expect(action.AuditLookupId).toEqual(expect.any(String));
  });

  it('is seen by the staff directory, which catches up by Graph delta', async () => {
    const directory = new Directory(new ReadModel(seeded.store));
    await directory.refresh();
    expect(directory.allStaff()).toHaveLength(small.staff.length);
  });

  it('refuses, leaving the site as it was, when the records are there already', async () => {
    await expect(seedDemoData(seeded.emulator, small)).rejects.toThrow(/Seeding/);
    expect(await seeded.store.repo('serviceAreas').list()).toHaveLength(small.serviceAreas.length);
  });
});
