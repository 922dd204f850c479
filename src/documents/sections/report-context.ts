import type { GradeTargets } from '../../domain/reports';
import { percentText } from '../figure-text';

/** Names for the ids the figures carry; an id without a name prints as itself. */
export interface ReportLabels {
  readonly service: Readonly<Record<string, string>>;
  readonly team: Readonly<Record<string, string>>;
  /** Auditors, moderators and action owners. */
  readonly staff?: Readonly<Record<string, string>>;
}

/** What every section of a report reads beside the figures. */
export interface ReportContext {
  readonly labels: ReportLabels;
  /** The council's targets, printed beside each result when given. */
  readonly targets?: GradeTargets;
}

export const goodTargetText = (ctx: ReportContext): string | undefined =>
  ctx.targets === undefined
    ? undefined
    : `at least ${percentText(ctx.targets.goodOrBetterAtLeast)}`;

export const inadequateTargetText = (ctx: ReportContext): string | undefined =>
  ctx.targets === undefined ? undefined : `at most ${percentText(ctx.targets.inadequateAtMost)}`;
