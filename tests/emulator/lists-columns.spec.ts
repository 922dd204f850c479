import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, harness, type Harness } from './harness.js';

interface ListBody {
  id: string;
  displayName: string;
  list: { template: string };
  columns?: { name: string; indexed: boolean; enforceUniqueValues: boolean }[];
}

describe('sites, lists and columns', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness({ hostname: 'council.sharepoint.com', siteName: 'qa' });
  });
  afterEach(() => h.close());

  it('one site answers at its id, at /sites/root and at {hostname}:/sites/{name}', async () => {
    expect(h.emu.siteId).toMatch(/^council\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    for (const path of [h.site, '/sites/root', '/sites/council.sharepoint.com:/sites/qa']) {
      const site = await h.ok<{ id: string; webUrl: string }>('GET', path);
      expect(site.id).toBe(h.emu.siteId);
      expect(site.webUrl).toBe('https://council.sharepoint.com/sites/qa');
    }
    expect((await h.call('GET', '/sites/council.sharepoint.com:/sites/other')).status).toBe(404);
  });

  it('the site-path form reaches lists too', async () => {
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Staff' });
    const list = await h.ok<ListBody>(
      'GET',
      '/sites/council.sharepoint.com:/sites/qa:/lists/Staff',
    );
    expect(list.displayName).toBe('Staff');
  });

  it('creates a genericList with its columns and the built-in Title, ID, Created and Modified', async () => {
    const created = await h.call('POST', `${h.site}/lists`, {
      displayName: 'Cases',
      columns: [{ name: 'CaseRef', text: {}, indexed: true, enforceUniqueValues: true }],
      list: { template: 'genericList' },
    });
    expect(created.status).toBe(201);
    const list = await h.ok<ListBody>(
      'GET',
      `${h.site}/lists/${(created.body as ListBody).id}?$expand=columns`,
    );
    expect(list.list.template).toBe('genericList');
    expect(list.columns?.map((c) => [c.name, c.indexed])).toEqual([
      ['Title', false],
      ['ID', true],
      ['Created', true],
      ['Modified', true],
      ['CaseRef', true],
    ]);
  });

  it('a second list with the same displayName gets 409 nameAlreadyExists', async () => {
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Cases' });
    const reply = await h.call('POST', `${h.site}/lists`, { displayName: 'cases' });
    expect(reply.status).toBe(409);
    expect(errorOf(reply).code).toBe('nameAlreadyExists');
  });

  it("lists filter on displayName eq '…'", async () => {
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Cases' });
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Audits' });
    const page = await h.ok<{ value: ListBody[] }>(
      'GET',
      `${h.site}/lists?$filter=displayName eq 'Audits'`,
    );
    expect(page.value.map((l) => l.displayName)).toEqual(['Audits']);
  });

  it('an unknown list gets 404 itemNotFound', async () => {
    const reply = await h.call('GET', `${h.site}/lists/Nothing/items`);
    expect(reply.status).toBe(404);
    expect(errorOf(reply).code).toBe('itemNotFound');
  });

  it('enforceUniqueValues without indexed gets 400, as SharePoint needs an index for it', async () => {
    const reply = await h.call('POST', `${h.site}/lists`, {
      displayName: 'Cases',
      columns: [{ name: 'CaseRef', text: {}, enforceUniqueValues: true }],
    });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toContain("'CaseRef'");
  });

  it('adds a column with POST (201), refuses a duplicate name (409) and indexes one with PATCH', async () => {
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Cases' });
    const columns = `${h.site}/lists/Cases/columns`;
    const added = await h.call('POST', columns, {
      name: 'Team',
      displayName: 'Team name',
      choice: { choices: ['North', 'South'] },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      name: 'Team',
      displayName: 'Team name',
      indexed: false,
      choice: { choices: ['North', 'South'] },
    });
    expect((await h.call('POST', columns, { name: 'team', text: {} })).status).toBe(409);
    const patched = await h.ok<{ indexed: boolean }>(
      'PATCH',
      `${columns}/${(added.body as { id: string }).id}`,
      { indexed: true },
    );
    expect(patched.indexed).toBe(true);
    expect(
      (await h.call('PATCH', `${columns}/Team`, { enforceUniqueValues: true, indexed: false }))
        .status,
    ).toBe(400);
  });

  it('a column without exactly one type facet gets 400', async () => {
    await h.ok('POST', `${h.site}/lists`, { displayName: 'Cases' });
    const reply = await h.call('POST', `${h.site}/lists/Cases/columns`, {
      name: 'Odd',
      text: {},
      number: {},
    });
    expect(reply.status).toBe(400);
  });

  it('an unknown path gets 400 BadRequest naming the segment, a wrong method 405', async () => {
    const reply = await h.call('GET', `${h.site}/drives`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toContain("'drives'");
    expect((await h.call('PUT', `${h.site}/lists`)).status).toBe(405);
  });

  it('a body that is not JSON gets 400', async () => {
    const response = await fetch(`${h.emu.url}/v1.0${h.site}/lists`, {
      method: 'POST',
      body: '{nope',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
  });
});
