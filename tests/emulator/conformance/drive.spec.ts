import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, harness, type Harness } from '../harness.js';
import { DOCS } from './docs.js';

interface DriveItem {
  id: string;
  name: string;
  size: number;
  eTag: string;
  cTag: string;
  file?: { mimeType: string };
  folder?: { childCount: number };
  '@microsoft.graph.downloadUrl'?: string;
}

describe(`the site's document library (${DOCS.driveGet})`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-drive-'));
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ dbPath: join(dir, 'emulator.sqlite') });
  });
  afterAll(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const auth = () => ({ Authorization: `Bearer ${h.emu.secret}` });
  const put = (path: string, content: string, query = '', headers: Record<string, string> = {}) =>
    fetch(`${h.emu.url}/v1.0${h.site}/drive/root:/${path}:/content${query}`, {
      method: 'PUT',
      headers: { ...auth(), 'Content-Type': 'text/plain', ...headers },
      body: content,
    });

  it('drive-get: the site has one documentLibrary drive, also reached by its id', async () => {
    const drive = await h.ok<{ id: string; driveType: string; name: string }>(
      'GET',
      `${h.site}/drive`,
    );
    expect(drive).toMatchObject({ driveType: 'documentLibrary', name: 'Documents' });
    expect(drive.id).toMatch(/^b!/);
    expect((await h.ok<{ id: string }>('GET', `/drives/${drive.id}`)).id).toBe(drive.id);
  });

  it('driveitem-put-content: a PUT to root:/{path}:/content creates the file (201) and its folders', async () => {
    const response = await put('Reports/Cycle 1/findings.txt', 'first draft');
    expect(response.status).toBe(201);
    const item = (await response.json()) as DriveItem;
    expect(item).toMatchObject({
      name: 'findings.txt',
      size: 11,
      file: { mimeType: 'text/plain' },
    });
    expect(item.eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(item.cTag).toMatch(/^"c:\{[0-9A-F-]{36}\},1"$/);
    const folder = await h.ok<DriveItem>('GET', `${h.site}/drive/root:/Reports/Cycle%201`);
    expect(folder.folder).toEqual({ childCount: 1 });
  });

  it('driveitem-put-content: conflictBehavior replace (the default) answers 200, fail 409, rename a new name', async () => {
    await put('tracker.txt', 'v1');
    const replaced = await put('tracker.txt', 'v2 longer');
    expect(replaced.status).toBe(200);
    expect(((await replaced.json()) as DriveItem).size).toBe(9);
    const failed = await put('tracker.txt', 'v3', '?@microsoft.graph.conflictBehavior=fail');
    expect(failed.status).toBe(409);
    expect(((await failed.json()) as { error: { code: string } }).error.code).toBe(
      'nameAlreadyExists',
    );
    const renamed = await put('tracker.txt', 'v3', '?@microsoft.graph.conflictBehavior=rename');
    expect(((await renamed.json()) as DriveItem).name).toBe('tracker 1.txt');
  });

  it('driveitem-list-children: root/children lists folders and files, with $top paging by nextLink', async () => {
    const page = await h.ok<{ value: DriveItem[]; '@odata.nextLink'?: string }>(
      'GET',
      `${h.site}/drive/root/children?$top=2`,
    );
    expect(page.value.map((i) => i.name)).toEqual(['Reports', 'tracker 1.txt']);
    const rest = await h.ok<{ value: DriveItem[] }>('GET', page['@odata.nextLink'] as string);
    expect(rest.value.map((i) => i.name)).toEqual(['tracker.txt']);
  });

  it('driveitem-get-content: GET …/content is a 302 to a pre-authenticated URL that needs no token', async () => {
    await put('note.txt', 'hello');
    const redirect = await fetch(`${h.emu.url}/v1.0${h.site}/drive/root:/note.txt:/content`, {
      headers: auth(),
      redirect: 'manual',
    });
    expect(redirect.status).toBe(302);
    const download = await fetch(redirect.headers.get('location') as string);
    expect(await download.text()).toBe('hello');
    // A changed signature: its first letter, all six of whose bits count (the last letter's
    // low bits are padding in base64url, so changing it may leave the same bytes).
    const link = redirect.headers.get('location') as string;
    const dot = link.lastIndexOf('.') + 1;
    const forged = `${link.slice(0, dot)}${link[dot] === 'A' ? 'Q' : 'A'}${link.slice(dot + 1)}`;
    expect((await fetch(forged)).status).toBe(404);
  });

  it('driveitem: a new content version moves both eTag and cTag; If-Match with a stale one gets 412', async () => {
    const first = (await (await put('etag.txt', 'a')).json()) as DriveItem;
    const second = (await (
      await put('etag.txt', 'b', '', { 'If-Match': first.eTag })
    ).json()) as DriveItem;
    expect(second.eTag).not.toBe(first.eTag);
    expect(second.cTag).not.toBe(first.cTag);
    const stale = await put('etag.txt', 'c', '', { 'If-Match': first.cTag });
    expect(stale.status).toBe(412);
  });

  it('driveitem-delete: a stale If-Match gets 412; then DELETE answers 204 and the file is gone', async () => {
    const item = (await (await put('gone.txt', 'x')).json()) as DriveItem;
    await put('gone.txt', 'y');
    const url = `${h.site}/drive/items/${item.id}`;
    expect((await h.call('DELETE', url, undefined, { 'If-Match': item.eTag })).status).toBe(412);
    expect((await h.call('DELETE', url)).status).toBe(204);
    expect(errorOf(await h.call('GET', url)).code).toBe('itemNotFound');
  });

  it(`driveitem-list-versions: each replacing save keeps the content it replaced as a version, newest first (${DOCS.listVersions})`, async () => {
    const item = (await (await put('Reports/versioned.txt', 'one')).json()) as DriveItem;
    await put('Reports/versioned.txt', 'two!');
    await put('Reports/versioned.txt', 'three');
    const list = await h.ok<{
      value: { id: string; size: number; lastModifiedDateTime: string }[];
    }>('GET', `${h.site}/drive/items/${item.id}/versions`);
    expect(list.value.map((v) => [v.id, v.size])).toEqual([
      ['3.0', 5],
      ['2.0', 4],
      ['1.0', 3],
    ]);
    const byPath = await h.ok<{ value: unknown[] }>(
      'GET',
      `${h.site}/drive/root:/Reports/versioned.txt:/versions`,
    );
    expect(byPath.value).toHaveLength(3);
    expect(
      await h.ok<{ id: string }>('GET', `${h.site}/drive/items/${item.id}/versions/2.0`),
    ).toMatchObject({ id: '2.0', size: 4 });
    expect(errorOf(await h.call('GET', `${h.site}/drive/items/${item.id}/versions/9.0`)).code).toBe(
      'itemNotFound',
    );
  });

  it(`driveitemversion-get-contents: a 302 to that version's bytes (${DOCS.versionContent})`, async () => {
    const item = (await (await put('kept.txt', 'before')).json()) as DriveItem;
    await put('kept.txt', 'after');
    const read = async (version: string) => {
      const redirect = await fetch(
        `${h.emu.url}/v1.0${h.site}/drive/items/${item.id}/versions/${version}/content`,
        { headers: auth(), redirect: 'manual' },
      );
      expect(redirect.status).toBe(302);
      return (await fetch(redirect.headers.get('location') as string)).text();
    };
    expect(await read('1.0')).toBe('before');
    expect(await read('2.0')).toBe('after');
    // Deleting the file deletes its versions too.
    expect((await h.call('DELETE', `${h.site}/drive/items/${item.id}`)).status).toBe(204);
    expect(existsSync(join(dir, 'emulator.sqlite.files', `${item.id}@1`))).toBe(false);
  });

  it('files are kept on disk beside the SQLite database', async () => {
    const item = (await (await put('disk.txt', 'on disk')).json()) as DriveItem;
    const path = join(dir, 'emulator.sqlite.files', item.id);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('on disk');
  });
});
