import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { harness, type ItemBody, type Page } from './harness.js';

describe('persistence in a database file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-'));
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the site id, lists, columns, items and eTags across a restart', async () => {
    const dbPath = join(dir, 'emulator.sqlite');
    const first = await harness({ dbPath });
    await first.ok('POST', `${first.site}/lists`, {
      displayName: 'Cycles',
      columns: [{ name: 'Month', number: {}, indexed: true }],
    });
    const created = await first.ok<ItemBody>('POST', `${first.site}/lists/Cycles/items`, {
      fields: { Title: 'May', Month: 5 },
    });
    await first.close();

    const second = await harness({ dbPath });
    expect(second.emu.siteId).toBe(first.emu.siteId);
    const page = await second.ok<Page>(
      'GET',
      `${second.site}/lists/Cycles/items?$expand=fields&$filter=fields/Month eq 5`,
    );
    expect(page.value.map((i) => [i.id, i.eTag, i.fields.Title])).toEqual([
      ['1', created.eTag, 'May'],
    ]);
    const next = await second.ok<ItemBody>('POST', `${second.site}/lists/Cycles/items`, {
      fields: { Title: 'June', Month: 6 },
    });
    expect(next.id).toBe('2');
    await second.close();
  });
});
