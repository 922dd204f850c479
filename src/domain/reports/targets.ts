import type { Share, TargetResult } from './share';

/**
 * The council's own targets for its grades (configurable: AUDITLOOP_TARGET_GOOD_OR_BETTER and
 * AUDITLOOP_TARGET_INADEQUATE, as fractions).
 */
export interface GradeTargets {
  /** At least this share Good or better. */
  readonly goodOrBetterAtLeast: number;
  /** At most this share Inadequate. */
  readonly inadequateAtMost: number;
}

export const DEFAULT_GRADE_TARGETS: GradeTargets = {
  goodOrBetterAtLeast: 0.4,
  inadequateAtMost: 0.1,
};

export const atLeast = (share: Share, target: number): TargetResult =>
  share.small || share.value === null ? 'small group' : share.value >= target ? 'met' : 'missed';

export const atMost = (share: Share, target: number): TargetResult =>
  share.small || share.value === null ? 'small group' : share.value <= target ? 'met' : 'missed';
