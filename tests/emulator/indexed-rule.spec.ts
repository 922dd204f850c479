import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditsList, errorOf, harness, seed, type Harness, type Page } from './harness.js';

const PREFER = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
const message = (field: string) =>
  `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`;

describe("SharePoint's indexed-column rule", () => {
  let h: Harness;
  let items: string;
  beforeEach(async () => {
    h = await harness({ listViewThreshold: 30 });
    await h.ok('POST', `${h.site}/lists`, auditsList);
    items = `${h.site}/lists/Audits/items`;
    await seed(
      h,
      'Audits',
      Array.from({ length: 30 }, (_, i) => ({
        CaseRef: `C-${i}`,
        DueDate: '2025-01-01',
        Score: i,
        Status: 'Allocated',
      })),
    );
  });
  afterEach(() => h.close());

  it("a filter on a column that is not indexed gets 400 invalidRequest with SharePoint's message", async () => {
    const reply = await h.call('GET', `${items}?$filter=fields/Score gt 3`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toMatchObject({ code: 'invalidRequest', message: message('Score') });
  });

  it('an orderby on a column that is not indexed gets the same 400 (Title is not indexed)', async () => {
    const reply = await h.call('GET', `${items}?$orderby=fields/Title`);
    expect(errorOf(reply).message).toBe(message('Title'));
  });

  it('with the Prefer header the query works while the list is within the threshold', async () => {
    const page = await h.ok<Page>('GET', `${items}?$filter=fields/Score ge 25`, undefined, PREFER);
    expect(page.value).toHaveLength(5);
  });

  it('with the Prefer header the query fails once the list passes the threshold', async () => {
    await h.ok('POST', items, { fields: { CaseRef: 'C-extra', DueDate: '2025-01-01' } });
    const reply = await h.call('GET', `${items}?$filter=fields/Score ge 25`, undefined, PREFER);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toContain('exceeds the list view threshold');
  });

  it('indexed columns (and ID, Created, Modified) filter and order on a list past the threshold', async () => {
    await h.ok('POST', items, {
      fields: { CaseRef: 'C-extra', DueDate: '2025-01-01', Status: 'Submitted' },
    });
    const page = await h.ok<Page>(
      'GET',
      `${items}?$filter=fields/Status eq 'Submitted' and fields/ID gt 3&$orderby=fields/Modified desc`,
    );
    expect(page.value.map((i) => i.id)).toEqual(['31']);
  });

  it('indexing a column through PATCH …/columns lifts the rule for it', async () => {
    await h.ok('PATCH', `${h.site}/lists/Audits/columns/Score`, { indexed: true });
    const page = await h.ok<Page>('GET', `${items}?$filter=fields/Score lt 2`);
    expect(page.value).toHaveLength(2);
  });
});
