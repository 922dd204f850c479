/** Whether a learning theme is something the service does well or needs to develop. */
export const THEME_KINDS = ['Strength', 'Development'] as const;
export type ThemeKind = (typeof THEME_KINDS)[number];

/**
 * A learning theme of one cycle's audits that the QA lead has confirmed (section 8): what the
 * findings report, the seven-minute briefing and the annual report print. Figures and case
 * numbers only: never the audit text the theme was matched in.
 */
export interface ConfirmedTheme {
  readonly cycleId: string;
  /** The vocabulary entry's id (after any merge, the theme merged into). */
  readonly themeId: string;
  readonly label: string;
  readonly kind: ThemeKind;
  /** Audits of the cycle the theme was found in. */
  readonly audits: number;
  /** Audits by service area id. */
  readonly byService: Readonly<Record<string, number>>;
  /** A few example audits, by case number only. */
  readonly exampleCaseNumbers: readonly string[];
}
