/**
 * Synthetic register exports for the import tests: Liquidlogic-style headers, obviously fake
 * placeholders in the identifying columns ("Name-0001"), never anything like a real child.
 */
import iconv from 'iconv-lite';

export interface ExportRow {
  readonly caseNumber: string;
  readonly team: string;
  readonly worker: string;
  readonly cohort: string;
  readonly startDate?: string;
}

/** Identifying columns every export carries, filled with placeholders the tests look for. */
export const IDENTIFYING_HEADERS = [
  'Forename',
  'Surname',
  'Date of Birth',
  'Postcode',
  'NHS Number',
];
export const placeholders = (i: number): string[] => {
  const n = String(i).padStart(4, '0');
  return [
    `Name-${n}`,
    `Surname-${n}`,
    `1900-01-${String((i % 28) + 1).padStart(2, '0')}`,
    `PC-${n}`,
    `NHS-${n}`,
  ];
};

export const HEADERS = [
  'Case Reference',
  ...IDENTIFYING_HEADERS,
  'Team',
  'Allocated Worker ID',
  'Legal Status',
  'Start Date',
];

const quote = (cell: string): string =>
  /[",\n\t]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

/** The export as CSV text, header first, one line a row. */
export function exportCsv(rows: readonly ExportRow[], delimiter = ','): string {
  const lines = rows.map((r, i) =>
    [r.caseNumber, ...placeholders(i + 1), r.team, r.worker, r.cohort, r.startDate ?? '01/04/2024']
      .map((c) => (delimiter === ',' ? quote(c) : c))
      .join(delimiter),
  );
  return `${[HEADERS.join(delimiter), ...lines].join('\r\n')}\r\n`;
}

export const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
export const windows1252 = (text: string): Buffer => iconv.encode(text, 'win1252');
export const utf16le = (text: string): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);

/** `count` good rows over the fixture's teams and workers, case numbers from `from`. */
export function goodRows(count: number, from = 500_000): ExportRow[] {
  const posts = [
    ['North assessment', 'sw-n1a'],
    ['north child protection', 'sw-n2'],
    ['TEAM-S1', 'sw-s1'],
  ] as const;
  const cohorts = ['CIN', 'CP Plan', 'CLA', 'Early Help', 'Care leaver'];
  return Array.from({ length: count }, (_, i) => ({
    caseNumber: `CF-${String(from + i)}`,
    team: posts[i % 3][0],
    worker: posts[i % 3][1],
    cohort: cohorts[i % cohorts.length],
  }));
}
