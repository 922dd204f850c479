/**
 * Calendar days on ISO dates (YYYY-MM-DD), counted in UTC so that a date means the same day
 * wherever the code runs. Timescales in the framework are whole days from allocation.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid ISO date, or null for anything else. */
export const dayNumber = (isoDate: string): number | null => {
  const match = ISO_DATE.exec(isoDate);
  if (match === null) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === isoDate ? ms / MS_PER_DAY : null;
};

export const isIsoDate = (value: string): boolean => dayNumber(value) !== null;

const fromDayNumber = (day: number): string =>
  new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** The date `days` calendar days after `isoDate`. Throws only on a date that was never valid. */
export const addDays = (isoDate: string, days: number): string => {
  const day = dayNumber(isoDate);
  if (day === null) throw new RangeError(`not an ISO date: ${isoDate}`);
  return fromDayNumber(day + days);
};

/** Calendar days from `from` to `to` (negative when `to` is earlier); null if either is invalid. */
export const daysBetween = (from: string, to: string): number | null => {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
};

/** The calendar date (UTC) of an ISO timestamp or date. */
export const dateOf = (isoTimestamp: string): string => isoTimestamp.slice(0, 10);

/** A real instant written as an ISO 8601 timestamp with a zone (Z or ±hh:mm). */
export const isIsoTimestamp = (value: string): boolean => {
  const match = ISO_TIMESTAMP.exec(value);
  return match?.[1] !== undefined && isIsoDate(match[1]) && !Number.isNaN(Date.parse(value));
};
