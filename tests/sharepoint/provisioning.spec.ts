import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index';
import { readExistingLists } from '../../src/sharepoint/provision/existing';
import { provisionSite } from '../../src/sharepoint/provision/provision';
import { siteSchema } from '../../src/sharepoint/schema/load';
import type { SiteSchema } from '../../src/sharepoint/schema/site-schema';
import { openLocalStore, type GraphStore } from '../../src/sharepoint/store';

let emulator: RunningEmulator;
let store: GraphStore;
beforeAll(async () => {
  emulator = await startEmulator();
  store = await openLocalStore(emulator);
});
afterAll(() => emulator.close());

const provision = (dryRun: boolean, schema: SiteSchema = siteSchema()) =>
  provisionSite(store.graph, store.siteId, schema, { dryRun });

describe('provisioning the site', () => {
  it('changes nothing on a dry run, and lists the plan and the views to create by hand', async () => {
    const result = await provision(true);
    expect(result.applied).toBe(false);
    expect(result.plan.steps.filter((s) => s.op === 'create-list')).toHaveLength(
      siteSchema().lists.length,
    );
    expect(result.lines.join('\n')).toMatch(/Overdue actions/);
    expect(await readExistingLists(store.graph, store.siteId)).toEqual([]);
  });

  it('creates every list with indexed columns, and changes nothing the second time', async () => {
    expect((await provision(false)).applied).toBe(true);
    const lists = await readExistingLists(store.graph, store.siteId);
    const actions = lists.find((l) => l.displayName === 'Actions');
    expect(actions?.columns.find((c) => c.name === 'DueDate')?.indexed).toBe(true);
    expect(actions?.columns.find((c) => c.name === 'RecordId')).toMatchObject({
      indexed: true,
      unique: true,
    });

    emulator.counters.reset();
    const again = await provision(false);
    expect(again.plan.steps).toEqual([]);
    expect(again.lines[0]).toBe('The site already matches the schema: nothing to change.');
    expect(
      Object.keys(emulator.counters.snapshot()).every((op) => !/create|update|patch/i.test(op)),
    ).toBe(true);
  });

  it('adds a new column and indexes an existing one when the schema grows', async () => {
    const schema = siteSchema();
    const grown: SiteSchema = {
      lists: schema.lists.map((list) =>
        list.kind !== 'actions'
          ? list
          : {
              ...list,
              columns: [
                ...list.columns.map((c) => (c.name === 'Immediate' ? { ...c, indexed: true } : c)),
                {
                  ...list.columns[1],
                  name: 'Priority',
                  displayName: 'Priority',
                  indexed: false,
                  required: false,
                },
              ],
            },
      ),
    };
    const result = await provision(false, grown);
    expect(result.plan.steps.map((s) => s.op)).toEqual(['index-column', 'add-column']);
    expect((await provision(false, grown)).plan.steps).toEqual([]);
  });
});
