import type { ThemeKind } from '../themes/confirmed-theme';

/**
 * One entry of the theme vocabulary the QA lead curates (section 8): a strength or an area for
 * development, and the phrases that find it in an audit's rationale and the areas' evidence.
 * The QA lead may also edit the list in SharePoint.
 */
export interface LearningTheme {
  readonly id: string;
  /** e.g. "Drift and delay". */
  readonly label: string;
  readonly kind: ThemeKind;
  /** The words matched, whole words, any case ("drift", "delay", "delayed"). */
  readonly phrases: readonly string[];
  /** An inactive theme is no longer suggested; decisions already made on it stand. */
  readonly active: boolean;
}

/** What the QA lead decided about a suggested theme in one cycle. */
export const THEME_DECISIONS = ['Confirmed', 'Rejected', 'Merged'] as const;
export type ThemeDecisionKind = (typeof THEME_DECISIONS)[number];

/** One decision per cycle and theme; deciding again replaces it. */
export interface ThemeDecision {
  /** `${cycleId}|${themeId}`: see `themeDecisionId`. */
  readonly id: string;
  readonly cycleId: string;
  readonly themeId: string;
  readonly decision: ThemeDecisionKind;
  /** The theme of the same kind a merged theme's audits are counted under; null otherwise. */
  readonly mergedIntoThemeId: string | null;
  readonly decidedById: string;
  /** ISO date. */
  readonly decidedOn: string;
}

/** The key of the decision on a theme in a cycle ('|' is in no id a path may carry). */
export const themeDecisionId = (cycleId: string, themeId: string): string =>
  `${cycleId}|${themeId}`;
