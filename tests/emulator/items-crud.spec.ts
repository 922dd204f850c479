import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditsList, errorOf, harness, type Harness, type ItemBody } from './harness.js';

describe('list items: create, read, update, delete', () => {
  let h: Harness;
  let items: string;
  beforeEach(async () => {
    h = await harness();
    await h.ok('POST', `${h.site}/lists`, auditsList);
    items = `${h.site}/lists/Audits/items`;
  });
  afterEach(() => h.close());

  const valid = {
    Title: 'Audit of case 1',
    Status: 'Allocated',
    CaseRef: 'C-1',
    DueDate: '2025-03-01',
  };

  it('a POST of fields creates an item with increasing string ids and answers 201', async () => {
    const first = await h.call('POST', items, { fields: valid });
    const second = await h.call('POST', items, { fields: { ...valid, CaseRef: 'C-2' } });
    expect(first.status).toBe(201);
    expect((first.body as ItemBody).id).toBe('1');
    expect((second.body as ItemBody).id).toBe('2');
    expect((first.body as ItemBody).fields).toMatchObject({
      Title: 'Audit of case 1',
      DueDate: '2025-03-01T00:00:00Z',
      id: '1',
    });
  });

  it('GET of one item returns its fields, and GET …/fields the fieldValueSet', async () => {
    await h.ok('POST', items, { fields: valid });
    const item = await h.ok<ItemBody>('GET', `${items}/1`);
    expect(item.fields.Status).toBe('Allocated');
    const fields = await h.ok('GET', `${items}/1/fields`);
    expect(fields['@odata.etag']).toBe(item.eTag);
  });

  it('$expand=fields($select=…) returns only the chosen fields', async () => {
    await h.ok('POST', items, { fields: valid });
    const page = await h.ok<{ value: ItemBody[] }>(
      'GET',
      `${items}?$expand=fields($select=Status,CaseRef)`,
    );
    expect(Object.keys(page.value[0].fields).sort()).toEqual(['@odata.etag', 'CaseRef', 'Status']);
  });

  it('items listed without $expand carry no fields', async () => {
    await h.ok('POST', items, { fields: valid });
    const page = await h.ok<{ value: ItemBody[] }>('GET', items);
    expect(page.value[0].fields).toBeUndefined();
  });

  it('PATCH …/fields answers 200 with the updated fieldValueSet, and null clears a field', async () => {
    await h.ok('POST', items, { fields: { ...valid, Score: 4 } });
    const reply = await h.call('PATCH', `${items}/1/fields`, { Status: 'InProgress', Score: null });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ Status: 'InProgress', Title: 'Audit of case 1' });
    expect((reply.body as Record<string, unknown>).Score).toBeUndefined();
  });

  it('PATCH of the item with a fields object updates it too', async () => {
    await h.ok('POST', items, { fields: valid });
    const item = await h.ok<ItemBody>('PATCH', `${items}/1`, { fields: { Inadequate: true } });
    expect(item.fields.Inadequate).toBe(true);
  });

  it('DELETE answers 204 and the item is gone with 404 itemNotFound', async () => {
    await h.ok('POST', items, { fields: valid });
    expect((await h.call('DELETE', `${items}/1`)).status).toBe(204);
    const gone = await h.call('GET', `${items}/1`);
    expect(gone.status).toBe(404);
    expect(errorOf(gone).code).toBe('itemNotFound');
  });

  it('error bodies carry innerError with date, request-id and the echoed client-request-id', async () => {
    const reply = await h.call('GET', `${items}/99`, undefined, { 'client-request-id': 'abc-123' });
    const inner = errorOf(reply).innerError;
    expect(inner['client-request-id']).toBe('abc-123');
    expect(inner['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(inner.date))).toBe(false);
  });

  describe('validation errors name the field', () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['an unknown field', { Colour: 'red' }, /Field 'Colour' is not recognized/],
      ['a number field given text', { Score: 'high' }, /field 'Score': expected a number/],
      [
        'a boolean field given a string',
        { Inadequate: 'yes' },
        /field 'Inadequate': expected true or false/,
      ],
      ['a date given nonsense', { DueDate: 'next week' }, /field 'DueDate'/],
      [
        'a choice outside its choices',
        { Status: 'Lost' },
        /field 'Status': 'Lost' is not one of its choices/,
      ],
      ['a single-line text with a newline', { Title: 'a\nb' }, /field 'Title'/],
      ['a read-only field', { id: '7' }, /Field 'id' is read-only/],
    ];
    for (const [what, fields, message] of cases) {
      it(`${what} gets 400 invalidRequest`, async () => {
        const reply = await h.call('POST', items, { fields: { ...valid, ...fields } });
        expect(reply.status).toBe(400);
        expect(errorOf(reply).code).toBe('invalidRequest');
        expect(errorOf(reply).message).toMatch(message);
      });
    }

    it('a missing required field gets 400 naming it', async () => {
      const reply = await h.call('POST', items, { fields: { Title: 'x', CaseRef: 'C-9' } });
      expect(reply.status).toBe(400);
      expect(errorOf(reply).message).toBe("Field 'DueDate' is required.");
    });

    it('clearing a required field gets 400 naming it', async () => {
      await h.ok('POST', items, { fields: valid });
      const reply = await h.call('PATCH', `${items}/1/fields`, { DueDate: null });
      expect(errorOf(reply).message).toBe("Field 'DueDate' is required.");
    });

    it('a duplicate value in a unique column gets 409 naming the column, ignoring case', async () => {
      await h.ok('POST', items, { fields: valid });
      const reply = await h.call('POST', items, { fields: { ...valid, CaseRef: 'c-1' } });
      expect(reply.status).toBe(409);
      expect(errorOf(reply).message).toContain('[CaseRef]');
    });

    it('a choice column with allowTextEntry takes any text', async () => {
      await h.ok('POST', `${h.site}/lists/Audits/columns`, {
        name: 'Theme',
        choice: { choices: ['A'], allowTextEntry: true },
      });
      const item = await h.ok<ItemBody>('POST', items, {
        fields: { ...valid, Theme: 'Something else' },
      });
      expect(item.fields.Theme).toBe('Something else');
    });
  });

  it('lookup columns are written and read as {name}LookupId', async () => {
    const cases = await h.ok<{ id: string }>('POST', `${h.site}/lists`, { displayName: 'Cases' });
    await h.ok('POST', `${h.site}/lists/Audits/columns`, {
      name: 'Case',
      lookup: { listId: cases.id, columnName: 'Title' },
      indexed: true,
    });
    const item = await h.ok<ItemBody>('POST', items, { fields: { ...valid, CaseLookupId: 3 } });
    expect(item.fields.CaseLookupId).toBe('3');
    const found = await h.ok<{ value: ItemBody[] }>(
      'GET',
      `${items}?$filter=fields/CaseLookupId eq 3`,
    );
    expect(found.value.map((i) => i.id)).toEqual(['1']);
    const wrong = await h.call('POST', items, { fields: { ...valid, CaseRef: 'C-5', Case: 3 } });
    expect(errorOf(wrong).message).toContain("write 'CaseLookupId'");
  });
});
