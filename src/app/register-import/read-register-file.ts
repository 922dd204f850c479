import type { ColumnMapping } from '../../domain/register/column-mapping';
import { readCsvRows } from './read-csv';
import { readXlsxRows } from './read-xlsx';
import { MAX_ROWS, type RegisterFile, type RegisterFileFormat } from './register-file';
import { RegisterFileError } from './register-file-error';

export type { RegisterFile, RegisterFileFormat } from './register-file';

/** Reads a CSV (any of the encodings exports come in) or an .xlsx file's first sheet. */
export async function readRegisterFile(
  bytes: Uint8Array,
  format: RegisterFileFormat,
  mapping: ColumnMapping,
): Promise<RegisterFile> {
  if (bytes.length === 0) throw new RegisterFileError('The file is empty.');
  const read = format === 'csv' ? readCsvRows(bytes, mapping) : await readXlsxRows(bytes, mapping);
  if (read.rows.length > MAX_ROWS) {
    throw new RegisterFileError(
      `The file has ${String(read.rows.length)} rows; Audit Loop imports at most ${String(MAX_ROWS)} at once.`,
    );
  }
  return { format, ...read };
}
