import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/ports';
import { SaveAllError } from '../../src/sharepoint/lists/save-all';
import { buildAction, buildAudit, buildModeration } from './builders';
import { rawItems, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const actions = (auditId: string, n: number) =>
  Array.from({ length: n }, (_, i) => buildAction(`${auditId}-X${String(i)}`, { auditId }));

describe('saveAll', () => {
  it('submits an audit with six actions and a moderation in one $batch, actions linked to the audit', async () => {
    const allocated = await h.store
      .repo('audits')
      .create(buildAudit('A-10', { state: 'InProgress' }));
    h.emulator.counters.reset();
    const changes: Change[] = [
      {
        kind: 'audits',
        op: 'update',
        record: buildAudit('A-10'),
        expectedVersion: allocated.version,
      },
      ...actions('A-10', 6).map((record): Change => ({ kind: 'actions', op: 'create', record })),
      { kind: 'moderations', op: 'create', record: buildModeration('M-10', { auditId: 'A-10' }) },
    ];
    const saved = await h.store.saveAll(changes);
    expect(saved.map((s) => s.record)).toEqual(changes.map((c) => c.record));
    expect(h.emulator.counters.snapshot()).toMatchObject({ batch: 1 });

    const [auditItem] = await rawItems(h.emulator, h.store, 'Audits', "fields/RecordId eq 'A-10'");
    const linked = await rawItems(h.emulator, h.store, 'Actions', "fields/AuditId eq 'A-10'");
    expect(linked.map((i) => i.fields.AuditLookupId)).toEqual(Array(6).fill(auditItem.id));
  });

  it('does not create the actions when the audit update conflicts', async () => {
    const audit = await h.store.repo('audits').create(buildAudit('A-11'));
    await h.store
      .repo('audits')
      .update(buildAudit('A-11', { rationale: 'edited elsewhere' }), audit.version);
    const changes: Change[] = [
      { kind: 'audits', op: 'update', record: buildAudit('A-11'), expectedVersion: audit.version },
      ...actions('A-11', 3).map((record): Change => ({ kind: 'actions', op: 'create', record })),
    ];
    const error = await h.store.saveAll(changes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveAllError);
    expect(error).toMatchObject({ reason: 'conflict' });
    expect(await h.store.repo('actions').list({ where: { auditId: 'A-11' } })).toEqual([]);
  });

  it('creates a record and then the records that refer to it, in two rounds', async () => {
    const changes: Change[] = [
      { kind: 'audits', op: 'create', record: buildAudit('A-12') },
      ...actions('A-12', 2).map((record): Change => ({ kind: 'actions', op: 'create', record })),
    ];
    h.emulator.counters.reset();
    await h.store.saveAll(changes);
    expect(h.emulator.counters.snapshot()).toMatchObject({ batch: 2 });
    expect(await h.store.repo('actions').list({ where: { auditId: 'A-12' } })).toHaveLength(2);
  });

  it('splits more than twenty writes into batches of twenty', async () => {
    h.emulator.counters.reset();
    const many = actions('A-13', 45).map((record): Change => ({
      kind: 'actions',
      op: 'create',
      record,
    }));
    expect(await h.store.saveAll(many)).toHaveLength(45);
    expect(h.emulator.counters.snapshot()).toMatchObject({ batch: 3 });
  });
});
