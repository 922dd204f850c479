import ExcelJS from 'exceljs';
import type { ColumnMapping } from '../../domain/register/column-mapping';
import type { RegisterRow } from '../../domain/register/register-rows';
import { rowProjector, type Projector, type RegisterFile } from './register-file';
import { RegisterFileError } from './register-file-error';

/**
 * A cell as the text an export would hold: a date as its ISO day, a formula as `=` and its
 * formula (so the row checks refuse it), rich text and hyperlinks as their text.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('formula' in value || 'sharedFormula' in value) {
    return `=${'formula' in value ? value.formula : value.sharedFormula}`;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('error' in value) return value.error;
  return '';
}

/** The first worksheet of an .xlsx workbook with exceljs, cut down to the mapped columns. */
export async function readXlsxRows(
  bytes: Uint8Array,
  mapping: ColumnMapping,
): Promise<Omit<RegisterFile, 'format'>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new RegisterFileError('The file could not be read as an Excel workbook (.xlsx).');
  }
  const sheet = workbook.worksheets.at(0);
  if (sheet === undefined) throw new RegisterFileError('The workbook has no worksheet.');
  let projector: Projector | null = null;
  const rows: RegisterRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells = values.slice(1).map(cellText);
    if (projector === null) {
      projector = rowProjector(cells, mapping);
      return;
    }
    const kept = projector.project(cells, line);
    if (kept !== null) rows.push(kept);
  });
  const found = projector as Projector | null;
  if (found === null) throw new RegisterFileError('The worksheet has no header row.');
  return { encoding: 'xlsx', plan: found.plan, headers: found.headers, rows };
}
