/**
 * The document library adapter on the emulator, through the real Graph client: a save makes
 * the folders, a second save of the same name is version 2.0 of the same file, a folder lists
 * its files, and content reads back byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDocumentLibrary } from '../../src/sharepoint/documents/graph-document-library';
import { startHarness, type Harness } from './harness';

let h: Harness;
let library: GraphDocumentLibrary;
beforeAll(async () => {
  h = await startHarness();
  library = new GraphDocumentLibrary(h.store.graph, h.store.siteId);
});
afterAll(async () => {
  await h.close();
});

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const folder = ['Audit Loop reports', 'Case file audit, 5 Oct 2026'];

describe('the document library', () => {
  it('saves into a folder per cycle, and a second save is a new version of the same file', async () => {
    const first = await library.save(folder, 'Findings report.docx', Buffer.from('one'), DOCX);
    expect(first).toMatchObject({
      name: 'Findings report.docx',
      folder: 'Audit Loop reports/Case file audit, 5 Oct 2026',
      size: 3,
      version: '1.0',
    });
    const second = await library.save(folder, 'Findings report.docx', Buffer.from('two!'), DOCX);
    expect(second.itemId).toBe(first.itemId);
    expect(second.version).toBe('2.0');
    expect((await library.versions(first.itemId)).map((v) => [v.id, v.size])).toEqual([
      ['2.0', 4],
      ['1.0', 3],
    ]);
    expect(Buffer.from(await library.read(first.itemId)).toString()).toBe('two!');
  });

  it('lists a folder’s files, none for a folder not made yet, and finds a file by id', async () => {
    const bytes = new Uint8Array([0, 1, 2, 253, 254, 255]);
    const saved = await library.save(folder, 'Trackers.xlsx', bytes, 'application/octet-stream');
    const names = (await library.list(folder)).map((d) => d.name).sort();
    expect(names).toEqual(['Findings report.docx', 'Trackers.xlsx']);
    expect(await library.list(['Audit Loop reports', 'No such cycle'])).toEqual([]);
    expect((await library.get(saved.itemId))?.name).toBe('Trackers.xlsx');
    expect(await library.get('01NOSUCHITEM')).toBeNull();
    expect([...(await library.read(saved.itemId))]).toEqual([...bytes]);
  });
});
