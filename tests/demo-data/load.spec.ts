import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSmallDemoData } from '../../src/demo-data/generate';
import { demoChanges, loadDemoData } from '../../src/demo-data/load';
import { FRAMEWORK_RECORD_KINDS, type RecordKind } from '../../src/domain/ports';
import { rawItems, startHarness, type Harness } from '../sharepoint/harness';

const small = generateSmallDemoData();
const KINDS = FRAMEWORK_RECORD_KINDS satisfies readonly (RecordKind & keyof typeof small)[];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const readBack = async () => {
  const counts: Record<string, number> = {};
  for (const kind of KINDS) counts[kind] = (await h.store.repo(kind).list()).length;
  return counts;
};

const expected = Object.fromEntries(KINDS.map((kind) => [kind, small[kind].length]));

describe('loadDemoData into an emulator-backed store', () => {
  it('writes every record, in order, reporting progress to the end', async () => {
    const progress: [number, number][] = [];
    await loadDemoData(h.store, small, (done, total) => progress.push([done, total]));
    const total = demoChanges(small).length;
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.map(([done]) => done)).toEqual(
      [...progress.map(([d]) => d)].sort((a, b) => a - b),
    );
    expect(await readBack()).toEqual(expected);
  });

  it('reads the records back as they were generated', async () => {
    const audit = small.audits.find((a) => a.state === 'Closed') ?? small.audits[0];
    expect((await h.store.repo('audits').get(audit.id))?.record).toEqual(audit);
    const action = small.actions[0];
    expect((await h.store.repo('actions').get(action.id))?.record).toEqual(action);
    const [auditItem] = await rawItems(
      h.emulator,
      h.store,
      'Audits',
      `fields/RecordId eq '${action.auditId}'`,
    );
    const [actionItem] = await rawItems(
      h.emulator,
      h.store,
      'Actions',
      `fields/RecordId eq '${action.id}'`,
    );
    expect(actionItem.fields.AuditLookupId).toBe(auditItem.id);
    const openCases = await h.store.repo('cases').list({ where: { open: true } });
    expect(openCases).toHaveLength(small.cases.filter((c) => c.open).length);
  });

  it('leaves one of each record when loaded again', async () => {
    await loadDemoData(h.store, small);
    expect(await readBack()).toEqual(expected);
  });
});
