import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCERPT_LENGTH } from '../../src/sharepoint/lists/field-reader';
import { buildAction, buildAudit, buildStaff } from './builders';
import { handEdit, rawItems, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** The QA lead adds a choice to a column in list settings, then uses it on an item. */
async function addChoice(list: string, column: string, choice: string) {
  const base = `/sites/${h.store.siteId}/lists/${encodeURIComponent(list)}/columns`;
  const { body } = await h.store.graph.send({ method: 'GET', url: base }, 'columns');
  const found = (
    body as { value: { id: string; name: string; choice?: { choices: string[] } }[] }
  ).value.find((c) => c.name === column);
  if (!found?.choice) throw new Error(column);
  const choices = [...found.choice.choices, choice];
  await h.store.graph.send(
    { method: 'PATCH', url: `${base}/${found.id}`, body: { choice: { choices } } },
    'edit',
  );
}

async function itemIdOf(list: string, recordId: string) {
  const [item] = await rawItems(h.emulator, h.store, list, `fields/RecordId eq '${recordId}'`);
  return item.id;
}

describe('values a QA lead typed by hand in SharePoint', () => {
  it('flags a grade off the scale and broken JSON, reading the rest of the audit', async () => {
    await h.store.repo('audits').create(buildAudit('A-hand'));
    await addChoice('Audits', 'OverallGrade', 'Very good');
    await handEdit(h.emulator, h.store, 'Audits', await itemIdOf('Audits', 'A-hand'), {
      OverallGrade: 'Very good',
      Contributors: '["S-IRO1", S-IRO2',
    });
    const read = await (await h.openStore()).repo('audits').get('A-hand');
    expect(read?.record).toEqual({
      ...buildAudit('A-hand'),
      overallGrade: null,
      contributorIds: [],
    });
    expect(read?.flags).toEqual([
      { field: 'contributorIds', found: '["S-IRO1", S-IRO2', message: 'is not valid JSON' },
      {
        field: 'overallGrade',
        found: 'Very good',
        message: expect.stringContaining('is not one of') as unknown,
      },
    ]);
  });

  it('keeps only a short excerpt of a long bad value', async () => {
    await h.store.repo('actions').create(buildAction('X-hand'));
    const secret = `{"note": "${'a long progress note about the family '.repeat(20)}`;
    await handEdit(h.emulator, h.store, 'Actions', await itemIdOf('Actions', 'X-hand'), {
      ProgressNotes: secret,
    });
    const [read] = await h.store.repo('actions').list({ where: { id: 'X-hand' } });
    expect(read.record.progress).toEqual([]);
    expect(read.flags).toHaveLength(1);
    expect(read.flags[0].found.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
  });

  it('reads a role it does not know as the least privileged one, and says so', async () => {
    await h.store.repo('staff').create(buildStaff('S-hand', { role: 'QALead' }));
    await addChoice('Staff', 'Role', 'Super user');
    await handEdit(h.emulator, h.store, 'Staff', await itemIdOf('Staff', 'S-hand'), {
      Role: 'Super user',
    });
    const read = await h.store.repo('staff').get('S-hand');
    expect(read?.record.role).toBe('Practitioner');
    expect(read?.flags.map((f) => f.field)).toEqual(['role']);
  });
});
