/**
 * Importing the open-case register from the case management system's export (issue 13), on
 * the real emulator through the API: a preview before anything is written, nothing stored from
 * a file with errors unless the valid rows are accepted, the same file twice writing nothing,
 * and the identifying columns dropped on read.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CommitImportResponse,
  ImportPreviewResponse,
  ImportProgressResponse,
  RegisterMappingResponse,
} from '../../src/contract';
import { DEFAULT_MAPPING } from '../../src/domain/register/column-mapping';
import {
  exportCsv,
  IDENTIFYING_HEADERS,
  utf16le,
  utf8,
  windows1252,
  type ExportRow,
} from '../support/register-files';
import { CASES } from './fixture';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
  await h.store.saveAll([
    {
      kind: 'teams',
      op: 'create',
      record: { id: 'team-e1', name: 'Équipe été', serviceAreaId: 'svc-s' },
    },
  ]);
  await h.services.readModel.refresh();
}, 60_000);
afterAll(() => h.close());

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Sent<T> {
  readonly status: number;
  readonly body: T;
}

async function send(path: string, body: Buffer, type = CSV, as = 'qa'): Promise<Sent<unknown>> {
  const response = await fetch(`${h.tenantUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await h.tokenFor(as)}`, 'content-type': type },
    body: new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const preview = async (body: Buffer, type = CSV, as = 'qa') =>
  (await send('/api/register/import/preview', body, type, as)) as Sent<ImportPreviewResponse>;

async function importAndWait(body: Buffer, acceptValidRows = false) {
  const path = acceptValidRows ? '/api/register/imports/valid-rows' : '/api/register/imports';
  const started = (await send(path, body)) as Sent<CommitImportResponse>;
  expect(started.status).toBe(202);
  for (;;) {
    const progress = await h.as<ImportProgressResponse>(
      'qa',
      'GET',
      `/api/register/imports/${started.body.importId}`,
    );
    if (progress.body.state !== 'Running') return progress.body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const cases = async () =>
  new Map((await h.store.repo('cases').list()).map((c) => [c.record.caseNumber, c.record]));

/** The fixture's eight cases as an export, with the changes each test wants. */
const fixtureRows = (): ExportRow[] =>
  CASES.map((c) => ({
    caseNumber: c.caseNumber,
    team: c.teamId,
    worker: c.allocatedWorkerId,
    cohort: {
      EarlyHelp: 'EH',
      ChildInNeed: 'CIN',
      ChildProtection: 'CP',
      ChildLookedAfter: 'CLA',
      CareLeaver: 'Care Leaver',
    }[c.cohort],
  }));

describe('the register import', () => {
  it('is for the QA lead only', async () => {
    const file = utf8(exportCsv(fixtureRows()));
    expect((await preview(file, CSV, 'sw-n1a')).status).toBe(403);
    expect((await send('/api/register/imports/valid-rows', file, CSV, 'hos-n')).status).toBe(403);
    expect((await h.as('tm-n1', 'GET', '/api/register/mapping')).status).toBe(403);
  });

  it('refuses anything but a CSV or an Excel workbook, in plain words', async () => {
    const response = (await send(
      '/api/register/import/preview',
      Buffer.from('{}'),
      'application/json',
    )) as Sent<{ error: { message: string } }>;
    expect(response.status).toBe(415);
    expect(response.body.error.message).toMatch(/CSV file .* or an Excel workbook/);
  });

  it('previews what it would do, naming the dropped columns and every bad row, writing nothing', async () => {
    const rows = fixtureRows().slice(1); // CF-100001 absent: to close
    rows[0] = { ...rows[0], worker: 'sw-n1b' }; // CF-100002: worker changed
    rows.push(
      { caseNumber: 'CF-200001', team: 'North assessment', worker: 'sw-n1a', cohort: 'CIN' },
      { caseNumber: '', team: 'North assessment', worker: 'sw-n1a', cohort: 'CIN' },
      { caseNumber: 'CF-200002', team: 'Nowhere team', worker: 'sw-n1a', cohort: 'CIN' },
      {
        caseNumber: 'CF-200003',
        team: 'team-n1',
        worker: 'sw-n1a',
        cohort: 'CIN',
        startDate: '31/02/2025',
      },
      { caseNumber: 'CF-200004', team: '=cmd|calc', worker: 'sw-n1a', cohort: 'CIN' },
      { caseNumber: 'CF-200005', team: 'team-n1', worker: 'sw-n1a', cohort: 'CIN' },
      { caseNumber: 'CF-200005', team: 'team-n1', worker: 'sw-n1a', cohort: 'CIN' },
    );
    const writes = h.writes();
    const { status, body } = await preview(utf8(exportCsv(rows)));
    expect(status).toBe(200);
    expect(body).toMatchObject({ rows: 14, add: 1, update: 1, close: 1, unchanged: 6, badRows: 6 });
    expect(body.droppedColumns).toEqual(IDENTIFYING_HEADERS);
    expect(body.issues).toEqual([
      { line: 10, column: 'Case Reference', reason: 'The case number is missing.' },
      {
        line: 11,
        column: 'Team',
        reason: expect.stringMatching(/No team .* "Nowhere team"/) as unknown,
      },
      {
        line: 12,
        column: 'Start Date',
        reason: expect.stringMatching(/"31\/02\/2025" is not a date/) as unknown,
      },
      {
        line: 13,
        column: 'Team',
        reason: expect.stringMatching(/Starts with "=".*formula/) as unknown,
      },
      { line: 14, column: 'Case Reference', reason: 'The same case number is also on line 15.' },
      { line: 15, column: 'Case Reference', reason: 'The same case number is also on line 14.' },
    ]);
    expect(h.writes()).toBe(writes);
  });

  it('stores nothing from a file with errors unless the QA lead accepts the valid rows', async () => {
    const rows = [
      ...fixtureRows(),
      { caseNumber: 'CF-300001', team: 'Nowhere', worker: 'sw-n1a', cohort: 'CIN' },
    ];
    rows.push({ caseNumber: 'CF-300002', team: 'team-n1', worker: 'sw-n1a', cohort: 'CIN' });
    const writes = h.writes();
    const refused = (await send('/api/register/imports', utf8(exportCsv(rows)))) as Sent<{
      error: { message: string; issues: { field: string }[] };
    }>;
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues[0]?.field).toBe('acceptValidRows');
    expect(refused.body.error.message).toMatch(
      /1 rows of the file have errors, so nothing was imported/,
    );
    expect(h.writes()).toBe(writes);
    expect((await cases()).has('CF-300002')).toBe(false);

    const done = await importAndWait(utf8(exportCsv(rows)), true);
    expect(done).toMatchObject({ state: 'Done', added: 1, updated: 0, closed: 0, skipped: 1 });
    const after = await cases();
    expect(after.get('CF-300002')).toMatchObject({
      teamId: 'team-n1',
      cohort: 'ChildInNeed',
      open: true,
    });
    expect(after.has('CF-300001')).toBe(false);
    const log = (await h.store.repo('auditLog').list({ where: { action: 'register.import' } })).map(
      (e) => e.record,
    );
    expect(log).toEqual([
      expect.objectContaining({ record: `register-import:${done.importId}`, outcome: 'ok' }),
    ]);
  });

  it('changes nothing when the same file is imported again: no Graph write at all', async () => {
    const rows = [
      ...fixtureRows(),
      { caseNumber: 'CF-300002', team: 'team-n1', worker: 'sw-n1a', cohort: 'CIN' },
    ];
    const file = utf8(exportCsv(rows));
    const first = await importAndWait(file);
    expect(first.state).toBe('Done');
    const writes = h.writes();
    const again = await importAndWait(file);
    expect(again).toEqual(first);
    expect(h.writes()).toBe(writes);
  });

  it('reads Windows-1252 and UTF-16LE exports right', async () => {
    const rows: ExportRow[] = [
      ...fixtureRows(),
      { caseNumber: 'CF-400001', team: 'Équipe été', worker: 'sw-s1', cohort: 'CLA' },
    ];
    const text = exportCsv(rows).replace('Start Date', 'Catégorie');
    for (const bytes of [windows1252(text), utf16le(text.replace(/,/g, '\t'))]) {
      const { status, body } = await preview(bytes);
      expect(status).toBe(200);
      expect(body.issues).toEqual([]);
      expect(body.ignoredColumns).toEqual(['Catégorie']);
      expect(body.add).toBe(1);
    }
    expect((await preview(windows1252(text))).body.encoding).toBe('Windows-1252');
    expect((await preview(utf16le(text.replace(/,/g, '\t')))).body.encoding).toBe('UTF-16LE');
  });

  it('names a required column the file does not have', async () => {
    const text = exportCsv(fixtureRows()).replace('Legal Status', 'Status of the case');
    const { status, body } = (await send('/api/register/import/preview', utf8(text))) as Sent<{
      error: { message: string };
    }>;
    expect(status).toBe(400);
    expect(body.error.message).toMatch(
      /has no column for Cohort \(looked for "Cohort", "Category of Need", "Legal Status"/i,
    );
  });

  it('refuses a file that is not CSV at all, in plain words', async () => {
    const { status, body } = (await send(
      '/api/register/import/preview',
      utf8('Case Reference,Team\n"CF-1,team-n1\n'),
    )) as Sent<{ error: { message: string } }>;
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/could not be read as CSV: a quoted cell is not closed/);
  });

  it('reads the first sheet of an Excel workbook, refusing a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Open cases');
    sheet.addRow(['Person ID', 'Forename', 'Team Name', 'Worker ID', 'Plan Type', 'Open Date']);
    sheet.addRow([
      'CF-500001',
      'Name-0001',
      'North assessment',
      'sw-n1a',
      'CIN',
      new Date(Date.UTC(2024, 3, 1)),
    ]);
    sheet.addRow([
      'CF-500002',
      'Name-0002',
      { formula: 'A1&"x"', result: 'x' },
      'sw-n1a',
      'CIN',
      '2024-04-01',
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { status, body } = await preview(bytes, XLSX);
    expect(status).toBe(200);
    expect(body).toMatchObject({ format: 'xlsx', rows: 2, droppedColumns: ['Forename'] });
    expect(body.issues).toEqual([
      { line: 3, column: 'Team Name', reason: expect.stringMatching(/Starts with "="/) as unknown },
    ]);
  });

  it('keeps the saved mapping, and reads the next export with it', async () => {
    const got = await h.as<RegisterMappingResponse>('qa', 'GET', '/api/register/mapping');
    expect(got.body).toMatchObject({ isDefault: true, version: 'new' });
    const mapping = {
      ...DEFAULT_MAPPING,
      columns: { ...DEFAULT_MAPPING.columns, caseNumber: ['Ref No'] },
    };
    const refused = await h.as<{ error: { message: string } }>(
      'qa',
      'PUT',
      '/api/register/mapping',
      {
        version: 'new',
        ...mapping,
        columns: { ...mapping.columns, team: ['Surname'] },
      },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/could identify a child/i);
    const saved = await h.as<RegisterMappingResponse>('qa', 'PUT', '/api/register/mapping', {
      version: 'new',
      ...mapping,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ isDefault: false, updatedBy: 'qa' });
    const { body } = await preview(
      utf8(exportCsv(fixtureRows()).replace('Case Reference', 'Ref No')),
    );
    expect(body.columns.caseNumber).toBe('Ref No');
    await h.as('qa', 'PUT', '/api/register/mapping', {
      version: saved.body.version,
      ...DEFAULT_MAPPING,
    });
  });
});
