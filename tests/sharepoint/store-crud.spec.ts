import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  StoreError,
  type RecordKind,
  type RecordTypes,
  type Repository,
} from '../../src/domain/ports';
import { MAPPINGS } from '../../src/sharepoint/lists/mappings';
import { SAMPLES } from './builders';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** A changed copy that keeps the key: every text field the record has gets a suffix. */
function changed<T>(record: T, keyField: string): T {
  const copy = { ...record } as Record<string, unknown>;
  for (const [field, value] of Object.entries(copy))
    if (
      typeof value === 'string' &&
      field !== keyField &&
      /name|summary|outcomes|reasons|lastError|learning|description|rationale/i.test(field)
    )
      copy[field] = `${value} (edited)`;
  return copy as T;
}

const KINDS = Object.keys(SAMPLES) as RecordKind[];

describe.each(KINDS)('the %s list', (kind) => {
  const repo = (): Repository<RecordTypes[typeof kind]> => h.store.repo(kind);
  const sample = () => SAMPLES[kind]();
  const key = () => (MAPPINGS[kind].key as (r: RecordTypes[typeof kind]) => string)(sample());
  const keyField = kind === 'cases' ? 'caseNumber' : 'id';

  it('creates, reads, updates, lists and deletes a record without changing it', async () => {
    const created = await repo().create(sample());
    expect(created.record).toEqual(sample());
    expect(created.flags).toEqual([]);

    const fresh = await (await h.openStore()).repo(kind).get(key());
    expect(fresh?.record).toEqual(sample());
    expect(fresh?.version).toBe(created.version);

    const edited = changed(sample(), keyField);
    const updated = await repo().update(edited, created.version);
    expect(updated.record).toEqual(edited);
    expect(updated.version).not.toBe(created.version);

    const listed = await repo().list({ where: { [keyField]: key() } as never });
    expect(listed.map((v) => v.record)).toEqual([edited]);

    await repo().delete(key(), updated.version);
    expect(await repo().get(key())).toBeNull();
  });

  it('refuses an update from a stale version, naming the current one', async () => {
    const first = await repo().create(sample());
    const second = await repo().update(sample(), first.version);
    const stale = repo().update(sample(), first.version);
    await expect(stale).rejects.toMatchObject({
      reason: 'conflict',
      currentVersion: second.version,
    });
    await expect(repo().delete(key(), first.version)).rejects.toBeInstanceOf(StoreError);
    await repo().delete(key(), second.version);
  });
});

describe('the store', () => {
  it('answers not-found when updating a record that does not exist', async () => {
    const update = h.store.repo('audits').update(SAMPLES.audits(), '"x,1"');
    await expect(update).rejects.toMatchObject({ reason: 'not-found' });
  });

  it('returns the existing item when a create is repeated (idempotent by RecordId)', async () => {
    const cycle = { ...SAMPLES.cycles(), id: 'C-twice' };
    const first = await h.store.repo('cycles').create(cycle);
    const again = await (await h.openStore()).repo('cycles').create(cycle);
    expect(again.version).toBe(first.version);
    expect(await h.store.repo('cycles').list({ where: { id: 'C-twice' } })).toHaveLength(1);
  });
});
