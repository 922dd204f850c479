import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, harness, type Harness, type Page } from '../harness.js';
import { DOCS } from './docs.js';

describe(`list item query options (${DOCS.listItemList})`, () => {
  let h: Harness;
  let items: string;
  beforeAll(async () => {
    h = await harness();
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Actions' });
    items = `${h.site}/lists/Actions/items`;
    for (const [title, created] of [
      ['old', '2024-01-10T09:00:00Z'],
      ['mid', '2024-06-10T09:00:00Z'],
      ['new', '2025-02-10T09:00:00Z'],
    ])
      await h.ok('POST', items, { fields: { Title: title, Created: created } });
    await h.ok('PATCH', `${items}/1/fields`, { Title: 'old, edited last' });
  });
  afterAll(() => h.close());

  for (const option of ['$count=true', '$skip=1', '$search=old'])
    it(`listitem-list: ${option.split('=')[0]} is not supported and gets 400 rather than being ignored`, async () => {
      const reply = await h.call('GET', `${items}?${option}`);
      expect(reply.status).toBe(400);
      expect(errorOf(reply).code).toBe('invalidRequest');
      expect(errorOf(reply).message).toContain(option.split('=')[0]);
    });

  it('listitem-list: listItem properties filter too: createdDateTime ge a date literal', async () => {
    const page = await h.ok<Page>(
      'GET',
      `${items}?$filter=createdDateTime ge 2024-06-01T00:00:00Z`,
    );
    expect(page.value.map((i) => i.id)).toEqual(['2', '3']);
  });

  it('listitem-list: lastModifiedDateTime orders items, newest first', async () => {
    const page = await h.ok<Page>('GET', `${items}?$orderby=lastModifiedDateTime desc&$top=1`);
    expect(page.value.map((i) => i.id)).toEqual(['1']);
  });

  it('listitem-list: createdDateTime is Edm.DateTimeOffset, so a quoted string gets 400', async () => {
    const reply = await h.call('GET', `${items}?$filter=createdDateTime ge '2024-06-01'`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toContain("'Edm.DateTimeOffset' and 'Edm.String'");
  });

  it('listitem-list: fields/Created still takes the quoted form', async () => {
    const page = await h.ok<Page>('GET', `${items}?$filter=fields/Created lt '2024-02-01'`);
    expect(page.value.map((i) => i.id)).toEqual(['1']);
  });
});
