import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { OTHER_SERVICE, SERVICE } from '../domain/fixtures/builders';
import { serviceTrackersXlsx } from './trackers';
import { ACTIONS_COLUMNS, ACTIONS_TRACKER } from './trackers/actions-tracker';
import { ALLOCATION_COLUMNS, ALLOCATION_TRACKER } from './trackers/allocation-tracker';
import { LABELS, fixtureInput } from './testing/report-fixture';

const input = fixtureInput();

const readBack = async (serviceAreaId: string) => {
  const bytes = await serviceTrackersXlsx({ serviceAreaId, ...input, labels: LABELS });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
};

const valuesOf = (sheet: ExcelJS.Worksheet): unknown[][] =>
  sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));

const rowsOf = (workbook: ExcelJS.Workbook, name: string): unknown[][] => {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`No sheet ${name}`);
  return valuesOf(sheet).slice(1);
};

const iso = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString().slice(0, 10) : value;

describe('serviceTrackersXlsx', () => {
  it('makes one workbook with the two trackers, each header row bold, frozen and filtered', async () => {
    const workbook = await readBack(SERVICE);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([ALLOCATION_TRACKER, ACTIONS_TRACKER]);
    for (const [sheet, columns] of [
      [workbook.getWorksheet(ALLOCATION_TRACKER), ALLOCATION_COLUMNS],
      [workbook.getWorksheet(ACTIONS_TRACKER), ACTIONS_COLUMNS],
    ] as const) {
      expect(sheet).toBeDefined();
      if (sheet === undefined) return;
      expect(valuesOf(sheet)[0]).toEqual(columns.map((c) => c.header));
      expect(sheet.getRow(1).getCell(1).font.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
    }
  });

  it('lists one row per audit of the service, with the grade as it stands after moderation', async () => {
    const rows = rowsOf(await readBack(SERVICE), ALLOCATION_TRACKER);
    const own = input.audits.filter((a) => a.serviceAreaId === SERVICE);
    expect(rows.map((r) => r[0])).toEqual(own.map((a) => a.caseNumber).sort());
    const first = rows.find((r) => r[0] === 'CF-100101');
    // AUD-1: the auditor's Good, moderated to Requires improvement and resolved.
    expect(first?.map(iso)).toEqual([
      'CF-100101',
      'Child in need',
      'North team 1',
      'Auditor A',
      'Worker W',
      'staff-tm-team',
      'Moderator M',
      '2025-03-03',
      '2025-03-23',
      '2025-04-02',
      'Submitted',
      'Requires improvement to be good',
    ]);
    const open = rows.find((r) => r[0] === 'CF-100199');
    expect(open?.[10]).toBe('In progress');
    expect(open?.[11]).toBeUndefined();
  });

  it("lists the service's actions with their owner, dates and state", async () => {
    const north = rowsOf(await readBack(SERVICE), ACTIONS_TRACKER);
    expect(north.map((r) => r[0])).toEqual(['AUD-0-A1', 'AUD-1-A1']);
    expect(north[0]?.map(iso)).toEqual([
      'AUD-0-A1',
      'AUD-0',
      'CF-100100',
      'North team 1',
      'Update the chronology with the last three months of visits.',
      'No',
      'Worker W',
      '2025-04-17',
      'Closed',
      '2025-04-01',
      '2025-04-02',
      '2025-04-03',
      // No reason not completed: the cell is left empty.
    ]);
    const south = rowsOf(await readBack(OTHER_SERVICE), ACTIONS_TRACKER);
    expect(south.map((r) => r[0])).toEqual(['AUD-7-A1']);
  });
});
