import type { CycleTrend } from '../domain/analytics/cycle-trends';
import type { GradeFigures, TargetResult } from '../domain/reports';
import { SMALL_GROUP, TARGET_RESULT_TEXT } from '../domain/reports';
import { GRADES } from '../domain/records/grade';

/**
 * How a document words a figure it is given. Nothing here computes a figure: shares come from
 * the report figures and print through their one `shareText`.
 */
export const percentText = (rate: number): string => `${Math.round(rate * 100)}%`;

/** A rate given without its whole (the trend's agreement and closing-the-loop rates). */
export const rateText = (rate: number | null): string =>
  rate === null ? 'none yet' : percentText(rate);

/** A rate of a cycle's trend, as a percentage only over a group large enough to read as one. */
export const trendRateText = (rate: number | null, of: number): string =>
  rate === null ? 'none yet' : of < SMALL_GROUP ? `small group (${of})` : percentText(rate);

export const trendGoodText = (t: CycleTrend): string =>
  trendRateText(t.shareGoodOrBetter, t.submitted);

export const kappaText = (kappa: number | null): string =>
  kappa === null ? 'not defined (too few or all alike)' : kappa.toFixed(2);

/** "Target met (at least 40%)" — the result, with the council's target when it is given. */
export const targetText = (result: TargetResult, target?: string): string =>
  target === undefined ? TARGET_RESULT_TEXT[result] : `${TARGET_RESULT_TEXT[result]} (${target})`;

/** "Outstanding 1, Good 3, Requires improvement to be good 5, Inadequate 1". */
export const gradeCountsText = (g: GradeFigures): string =>
  GRADES.map((grade) => `${grade} ${g.counts[grade]}`).join(', ');

/** An ISO date or timestamp as a British date: "2 December 2026". */
export const dateText = (iso: string): string => {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
};

/** A name from a label map, or the id itself when the map has none. */
export const labelOf = (labels: Readonly<Record<string, string>> | undefined, id: string): string =>
  labels?.[id] ?? id;

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;
