/**
 * Fewer than this many and a share is shown as its count, never as a percentage: one audit of
 * two is not "50%" of anything a reader should act on (the small-group rule).
 */
export const SMALL_GROUP = 5;

/** A part of a whole, with whether the whole is too small to read as a percentage. */
export interface Share {
  readonly count: number;
  readonly of: number;
  /** count ÷ of; null when the whole is empty. */
  readonly value: number | null;
  /** Fewer than SMALL_GROUP in the whole: print the count, not the percentage. */
  readonly small: boolean;
}

export const shareFigure = (count: number, of: number): Share => ({
  count,
  of,
  value: of === 0 ? null : count / of,
  small: of < SMALL_GROUP,
});

/** The one way every report, document and page prints a share. */
export const shareText = (share: Share): string => {
  if (share.of === 0) return 'none yet';
  if (share.small) return `${share.count} of ${share.of} (small group)`;
  return `${Math.round((share.value ?? 0) * 100)}% (${share.count} of ${share.of})`;
};

/** A target met, missed, or not judged on a small group. */
export type TargetResult = 'met' | 'missed' | 'small group';

export const TARGET_RESULT_TEXT: Record<TargetResult, string> = {
  met: 'Target met',
  missed: 'Target missed',
  'small group': 'Too few audits to judge',
};
