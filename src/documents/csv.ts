/** A cell that a spreadsheet would run as a formula: kept as text with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

const csvCell = (value: string | number | null): string => {
  if (value === null) return '';
  const text =
    typeof value === 'number' ? `${value}` : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * A register as CSV (RFC 4180, CRLF line ends, a byte-order mark so Excel reads UTF-8), for
 * the evidence pack's audit register, moderation log, actions and feedback register.
 */
export const csvText = (
  headers: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string =>
  `\uFEFF${[headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
