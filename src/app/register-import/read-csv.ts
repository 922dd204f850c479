import { CsvError, parse } from 'csv-parse/sync';
import type { ColumnMapping } from '../../domain/register/column-mapping';
import type { RegisterRow } from '../../domain/register/register-rows';
import { decodeText } from './decode-text';
import { rowProjector, type Projector, type RegisterFile } from './register-file';
import { RegisterFileError } from './register-file-error';

/** The delimiter of the header line: comma, semicolon (some European Excel) or tab. */
const delimiterOf = (text: string): string => {
  const first = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
};

const PLAIN: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is not closed',
  CSV_INVALID_CLOSING_QUOTE: 'a quote inside a cell is not doubled',
  INVALID_OPENING_QUOTE: 'a quote opens in the middle of a cell',
};

/**
 * A CSV export with csv-parse (https://csv.js.org/parse/): each record is cut down to the
 * mapped columns as it is parsed (`on_record`), so no other column is ever held as a row.
 */
export function readCsvRows(
  bytes: Uint8Array,
  mapping: ColumnMapping,
): Omit<RegisterFile, 'format'> {
  const { text, encoding } = decodeText(bytes);
  let projector: Projector | null = null;
  const rows: RegisterRow[] = [];
  try {
    parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      // Each record is projected and kept here; the parser itself keeps none (null drops it).
      on_record: (record: string[], context) => {
        if (projector === null) projector = rowProjector(record, mapping);
        else {
          const kept = projector.project(record, context.lines);
          if (kept !== null) rows.push(kept);
        }
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const why = PLAIN[error.code] ?? 'it is not well-formed CSV';
    const line = (error as CsvError & { lines?: number }).lines;
    throw new RegisterFileError(
      `The file could not be read as CSV: ${why}${line === undefined ? '' : ` (line ${String(line)})`}.`,
    );
  }
  const found = projector as Projector | null;
  if (found === null) throw new RegisterFileError('The file has no header row.');
  return { encoding, plan: found.plan, headers: found.headers, rows };
}
