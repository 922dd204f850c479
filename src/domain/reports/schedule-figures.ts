import type { ScheduleActivity } from '../records/schedule';
import { SCHEDULE_ACTIVITY_LABELS } from '../records/schedule';

/** One activity of the QA schedule over a period: occurrences planned, and done. */
export interface ScheduleFigure {
  readonly activity: string;
  readonly planned: number;
  readonly done: number;
}

/**
 * The QA schedule's activities done against planned between two ISO dates (the annual report):
 * planned is every occurrence due in the period, recorded or still to come; done, those recorded
 * as done in it.
 */
export const scheduleFigures = (
  activities: readonly ScheduleActivity[],
  from: string,
  to: string,
): ScheduleFigure[] =>
  activities.map((a) => {
    const within = (date: string | null) => date !== null && date >= from && date <= to;
    const due = a.history.filter((o) => within(o.due)).length;
    const upcoming = within(a.nextDue) && !a.history.some((o) => o.due === a.nextDue) ? 1 : 0;
    return {
      activity: SCHEDULE_ACTIVITY_LABELS[a.activity],
      planned: due + upcoming,
      done: a.history.filter((o) => o.outcome === 'Done' && within(o.on)).length,
    };
  });

/** The financial year a report's "2026" means: 1 April 2026 to 31 March 2027. */
export const financialYear = (year: number) => ({
  from: `${String(year)}-04-01`,
  to: `${String(year + 1)}-03-31`,
  text: `${String(year)} to ${String(year + 1)}`,
});
