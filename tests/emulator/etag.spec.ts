import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, harness, type Harness, type ItemBody } from './harness.js';

describe('eTags and If-Match', () => {
  let h: Harness;
  let items: string;
  let created: ItemBody;
  beforeEach(async () => {
    h = await harness();
    await h.ok('POST', `${h.site}/lists`, {
      displayName: 'Audits',
      columns: [{ name: 'Grade', text: {} }],
    });
    items = `${h.site}/lists/Audits/items`;
    created = await h.ok<ItemBody>('POST', items, { fields: { Title: 'first' } });
  });
  afterEach(() => h.close());

  it('a new item has eTag "{GUID},1", quotes and braces included, on the item and its fields', () => {
    expect(created.eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect((created as unknown as Record<string, unknown>)['@odata.etag']).toBe(created.eTag);
    expect(created.fields['@odata.etag']).toBe(created.eTag);
  });

  it('each write bumps the version and keeps the guid', async () => {
    await h.ok('PATCH', `${items}/1/fields`, { Grade: 'Good' });
    const fields = await h.ok('PATCH', `${items}/1/fields`, {
      Grade: 'Outstanding',
    });
    const guid = created.eTag.slice(1, 39);
    expect(fields['@odata.etag']).toBe(`"${guid},3"`);
    expect(fields._UIVersionString).toBe('3.0');
  });

  it('a PATCH with the current eTag in If-Match succeeds', async () => {
    const reply = await h.call(
      'PATCH',
      `${items}/1/fields`,
      { Grade: 'Good' },
      { 'If-Match': created.eTag },
    );
    expect(reply.status).toBe(200);
  });

  it('a PATCH with a stale If-Match gets 412 resourceModified and changes nothing', async () => {
    await h.ok('PATCH', `${items}/1/fields`, { Grade: 'Good' });
    const reply = await h.call(
      'PATCH',
      `${items}/1/fields`,
      { Grade: 'Inadequate' },
      { 'If-Match': created.eTag },
    );
    expect(reply.status).toBe(412);
    expect(errorOf(reply).code).toBe('resourceModified');
    const item = await h.ok<ItemBody>('GET', `${items}/1`);
    expect(item.fields.Grade).toBe('Good');
  });

  it('a DELETE with a stale If-Match gets 412 and the item stays', async () => {
    await h.ok('PATCH', `${items}/1/fields`, { Grade: 'Good' });
    const reply = await h.call('DELETE', `${items}/1`, undefined, { 'If-Match': created.eTag });
    expect(reply.status).toBe(412);
    expect(errorOf(reply).code).toBe('resourceModified');
    expect((await h.call('GET', `${items}/1`)).status).toBe(200);
  });

  it('If-Match: * matches any version, for PATCH and DELETE', async () => {
    await h.ok('PATCH', `${items}/1/fields`, { Grade: 'Good' });
    expect(
      (await h.call('PATCH', `${items}/1/fields`, { Grade: 'x' }, { 'If-Match': '*' })).status,
    ).toBe(200);
    expect((await h.call('DELETE', `${items}/1`, undefined, { 'If-Match': '*' })).status).toBe(204);
  });

  it('a DELETE with the current eTag succeeds', async () => {
    const reply = await h.call('DELETE', `${items}/1`, undefined, { 'If-Match': created.eTag });
    expect(reply.status).toBe(204);
  });
});
