import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../harness.js';
import { DOCS } from './docs.js';

interface DriveItem {
  name: string;
  size: number;
}

describe(`large files through an upload session (${DOCS.uploadSession})`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  const UNIT = 320 * 1024;
  const content = Buffer.alloc(UNIT * 2 + 1000, 7);
  const fragment = (
    url: string,
    start: number,
    end: number,
    headers: Record<string, string> = {},
  ) =>
    fetch(url, {
      method: 'PUT',
      headers: { 'Content-Range': `bytes ${start}-${end}/${content.length}`, ...headers },
      body: content.subarray(start, end + 1),
    });
  const session = async () => {
    const created = await h.ok<{ uploadUrl: string; nextExpectedRanges: string[] }>(
      'POST',
      `${h.site}/drive/root:/Reports/annual.docx:/createUploadSession`,
      { item: { '@microsoft.graph.conflictBehavior': 'fail' } },
    );
    expect(created.nextExpectedRanges).toEqual(['0-']);
    return created.uploadUrl;
  };

  it('driveitem-createuploadsession: fragments in order answer 202 with nextExpectedRanges, the last 201 with the item', async () => {
    const url = await session();
    const first = await fragment(url, 0, UNIT - 1);
    expect(first.status).toBe(202);
    expect(((await first.json()) as { nextExpectedRanges: string[] }).nextExpectedRanges).toEqual([
      `${UNIT}-`,
    ]);
    expect((await fragment(url, UNIT, 2 * UNIT - 1)).status).toBe(202);
    const last = await fragment(url, 2 * UNIT, content.length - 1);
    expect(last.status).toBe(201);
    expect((await last.json()) as DriveItem).toMatchObject({
      name: 'annual.docx',
      size: content.length,
    });
  });

  it('driveitem-createuploadsession: a fragment out of order gets 416, one not a multiple of 320 KiB 400', async () => {
    const url = await session();
    expect((await fragment(url, UNIT, 2 * UNIT - 1)).status).toBe(416);
    expect((await fragment(url, 0, 999)).status).toBe(400);
  });

  it('driveitem-createuploadsession: the PUT to uploadUrl must not carry Authorization, and the name taken meanwhile is 409 at the end', async () => {
    const url = await session();
    const authorized = await fragment(url, 0, UNIT - 1, {
      Authorization: `Bearer ${h.emu.secret}`,
    });
    expect(authorized.status).toBe(401);
    await fragment(url, 0, UNIT - 1);
    await fragment(url, UNIT, 2 * UNIT - 1);
    const last = await fragment(url, 2 * UNIT, content.length - 1);
    expect(last.status).toBe(409);
  });

  it('driveitem-createuploadsession: DELETE on the uploadUrl cancels the session, which then is 404', async () => {
    const created = await h.ok<{ uploadUrl: string }>(
      'POST',
      `${h.site}/drive/root:/other.bin:/createUploadSession`,
    );
    expect((await fetch(created.uploadUrl, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(created.uploadUrl)).status).toBe(404);
  });
});
