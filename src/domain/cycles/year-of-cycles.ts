import { addDays } from '../calendar/calendar';
import type { Cycle, Timescales } from '../records/cycle';
import { DEFAULT_TIMESCALES } from '../records/cycle';

/** The framework's rhythm: a case file audit allocation every six weeks (section 7, step 1). */
export const CYCLE_DAYS = 42;
const YEAR_DAYS = 365;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** e.g. 3 Mar 2025. */
export const shortDate = (isoDate: string): string => {
  const [y, m, d] = isoDate.split('-');
  return `${String(Number(d))} ${MONTHS[Number(m) - 1] ?? ''} ${y}`;
};

/** A case file audit cycle is named by its dates: nothing typed, nothing to get wrong. */
export const cycleNameFor = (startDate: string, endDate: string): string =>
  `Case file audit, ${shortDate(startDate)} to ${shortDate(endDate)}`;

/** The id of the case file audit cycle starting on a date: the same date is always one cycle. */
export const cycleIdFor = (startDate: string): string => `CYC-${startDate}`;

/**
 * A year of six-weekly case file audit cycles from `startDate`: every cycle starting within a
 * year of it (nine, the ninth starting in week 49), each six weeks long with the default
 * timescales, planned, named and keyed by its dates.
 */
export const yearOfCycles = (
  startDate: string,
  timescales: Timescales = DEFAULT_TIMESCALES,
): Cycle[] => {
  const cycles: Cycle[] = [];
  for (let k = 0; k * CYCLE_DAYS < YEAR_DAYS; k++) {
    const start = addDays(startDate, k * CYCLE_DAYS);
    const end = addDays(start, CYCLE_DAYS - 1);
    cycles.push({
      id: cycleIdFor(start),
      name: cycleNameFor(start, end),
      kind: 'CaseFileAudit',
      state: 'Planned',
      startDate: start,
      endDate: end,
      timescales,
      theme: '',
      seed: null,
      closure: null,
    });
  }
  return cycles;
};
