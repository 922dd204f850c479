import type { AuditQuality, QualityCriterion } from '../../domain/records';
import { QUALITY_CRITERIA, QUALITY_SCORES } from '../../domain/records';
import type { FieldReader } from './field-reader';
import type { Fields } from './field-values';
import { dateTimeValue } from './field-values';

/** The rubric's columns on the Moderations list: all optional, so an unscored item reads null. */
const SCORE_COLUMNS: Readonly<Record<QualityCriterion, string>> = {
  evidenceCited: 'QualityEvidenceCited',
  childsVoiceConsidered: 'QualityChildsVoice',
  rationaleWeighedImpact: 'QualityRationaleImpact',
  actionsSpecific: 'QualityActionsSpecific',
};

export const auditQualityFields = (quality: AuditQuality | null): Fields => ({
  ...Object.fromEntries(
    QUALITY_CRITERIA.map((c) => [SCORE_COLUMNS[c], quality === null ? null : quality.scores[c]]),
  ),
  QualityScoredById: quality?.scoredById ?? null,
  QualityScoredAt: dateTimeValue(quality?.scoredAt ?? null),
});

/**
 * The audit's quality as scored, or null when it was not (or when a QA lead cleared part of
 * it in SharePoint: a rubric with a criterion missing is not a score, and is flagged).
 */
export function readAuditQuality(read: FieldReader): AuditQuality | null {
  const scores = QUALITY_CRITERIA.map((c) =>
    read.choiceOrNull(SCORE_COLUMNS[c], `auditQuality.scores.${c}`, QUALITY_SCORES),
  );
  const scoredById = read.textOrNull('QualityScoredById', 'auditQuality.scoredById');
  const scoredAt = read.dateTime('QualityScoredAt', 'auditQuality.scoredAt');
  const given = [...scores, scoredById, scoredAt].filter((v) => v !== null).length;
  if (given === 0) return null;
  if (given < scores.length + 2) {
    read.incomplete('auditQuality', 'is only partly scored: every criterion, who and when');
    return null;
  }
  return {
    scores: Object.fromEntries(
      QUALITY_CRITERIA.map((c, i) => [c, scores[i]]),
    ) as AuditQuality['scores'],
    scoredById: scoredById ?? '',
    scoredAt: scoredAt ?? '',
  };
}
