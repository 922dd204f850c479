import type ExcelJS from 'exceljs';

/** A cell as the tracker holds it: text, a number, or an ISO date shown as a British date. */
export type TrackerCell = string | number | { readonly date: string } | null;

export interface TrackerColumn {
  readonly header: string;
  readonly width: number;
}

const DATE_FORMAT = 'dd/mm/yyyy';

const cellValue = (cell: TrackerCell): ExcelJS.CellValue => {
  if (cell === '') return null;
  if (cell === null || typeof cell !== 'object') return cell;
  const d = new Date(`${cell.date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? cell.date : d;
};

/**
 * A worksheet the way a tracker is read: the header row bold and frozen, an autofilter over
 * every column, dates as real dates (so they sort and filter) in the British format.
 */
export const addTrackerSheet = (
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly TrackerColumn[],
  rows: readonly (readonly TrackerCell[])[],
): ExcelJS.Worksheet => {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row.map(cellValue));
    row.forEach((cell, i) => {
      if (cell !== null && typeof cell === 'object') added.getCell(i + 1).numFmt = DATE_FORMAT;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
};

export const dateCell = (iso: string | null): TrackerCell => (iso === null ? null : { date: iso });
