/** Calendar helpers for the generator: working days and timestamps, all in UTC. */
import { addDays, dayNumber } from '../domain/lifecycle';

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const MINUTE = 60_000;

const dayOf = (isoDate: string): number => {
  const day = dayNumber(isoDate);
  if (day === null) throw new RangeError(`not an ISO date: ${isoDate}`);
  return day;
};

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export const weekday = (isoDate: string): number => (dayOf(isoDate) + 3) % 7;

export const mondayOnOrBefore = (isoDate: string): string => addDays(isoDate, -weekday(isoDate));

/** The date itself on a weekday, else the Monday after. */
export const workingDayFrom = (isoDate: string): string => {
  const d = weekday(isoDate);
  return d < 5 ? isoDate : addDays(isoDate, 7 - d);
};

/** e.g. 14 Sep 2026. */
export const longDate = (isoDate: string): string => {
  const [y, m, d] = isoDate.split('-');
  return `${String(Number(d))} ${MONTHS[Number(m) - 1]} ${y}`;
};

/** Minutes since 1970 of a date at a time of day given in minutes. */
export const minutesAt = (isoDate: string, minuteOfDay: number): number =>
  dayOf(isoDate) * 24 * 60 + minuteOfDay;

export const timestampOf = (minutes: number): string => new Date(minutes * MINUTE).toISOString();

export const dateOfMinutes = (minutes: number): string => timestampOf(minutes).slice(0, 10);
