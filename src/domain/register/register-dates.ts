import { isIsoDate } from '../calendar/calendar';

const pad = (n: string): string => n.padStart(2, '0');

/**
 * A date as exports write it — ISO (`2025-03-01`, with or without a time) or day first, as in
 * England (`01/03/2025`, `1-3-2025`, `01.03.2025`) — as an ISO date; null when it is not a real
 * date (`31/02/2025`, `03/13/2025`, `soon`).
 */
export function parseExportDate(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const date =
    iso !== null
      ? `${iso[1]}-${iso[2]}-${iso[3]}`
      : dayFirst !== null
        ? `${dayFirst[3]}-${pad(dayFirst[2])}-${pad(dayFirst[1])}`
        : null;
  return date !== null && isIsoDate(date) ? date : null;
}
