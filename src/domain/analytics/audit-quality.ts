import type { QualityCriterion } from '../records/audit-quality';
import { QUALITY_CRITERIA } from '../records/audit-quality';
import type { Moderation } from '../records/moderation';
import type { Share } from '../reports/share';
import { shareFigure } from '../reports/share';
import { isModerated } from './graded-audits';
import { groupBy } from './group-by';

/** The audit of audits for one auditor in one cycle, for their development. */
export interface AuditQualityFigures {
  readonly auditorId: string;
  readonly cycleId: string;
  /** Audits whose quality a moderator scored. */
  readonly scored: number;
  /** Of the audits scored, those that met each criterion (small groups are counts). */
  readonly met: Readonly<Record<QualityCriterion, Share>>;
  /** Agreed ÷ moderated: how often the moderator agreed with the auditor's grade. */
  readonly agreement: Share;
}

/** The figures of one group of moderations (one auditor's, in one cycle). */
export const auditQualityFigures = (
  auditorId: string,
  cycleId: string,
  moderations: readonly Moderation[],
): AuditQualityFigures => {
  const scored = moderations.flatMap((m) => (m.auditQuality === null ? [] : [m.auditQuality]));
  const moderated = moderations.filter(isModerated);
  const agreed = moderated.filter((m) => m.moderatedGrade === m.auditorGrade).length;
  return {
    auditorId,
    cycleId,
    scored: scored.length,
    met: Object.fromEntries(
      QUALITY_CRITERIA.map((c) => [
        c,
        shareFigure(scored.filter((q) => q.scores[c] === 'Met').length, scored.length),
      ]),
    ) as Record<QualityCriterion, Share>,
    agreement: shareFigure(agreed, moderated.length),
  };
};

const rank = (order: readonly string[], cycleId: string): number => {
  const at = order.indexOf(cycleId);
  return at === -1 ? order.length : at;
};

/**
 * Per auditor, per cycle: audits scored, the share meeting each criterion, and moderation
 * agreement. Cycles come in `cycleOrder` (oldest first), any not in it after, by id; a cycle
 * appears for an auditor once it holds a moderation of one of their audits.
 */
export const auditQualityByCycle = (
  moderations: readonly Moderation[],
  cycleOrder: readonly string[] = [],
): AuditQualityFigures[] =>
  [...groupBy(moderations, (m) => m.auditorId)].flatMap(([auditorId, own]) =>
    [...groupBy(own, (m) => m.cycleId)]
      .sort(([a], [b]) => rank(cycleOrder, a) - rank(cycleOrder, b))
      .map(([cycleId, inCycle]) => auditQualityFigures(auditorId, cycleId, inCycle)),
  );
