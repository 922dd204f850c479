/**
 * The audit of audits (section 7): the moderator scores the quality of the audit itself,
 * separately from agreeing with its grade, against a short rubric of four criteria.
 */
export const QUALITY_CRITERIA = [
  'evidenceCited',
  'childsVoiceConsidered',
  'rationaleWeighedImpact',
  'actionsSpecific',
] as const;
export type QualityCriterion = (typeof QUALITY_CRITERIA)[number];

export const QUALITY_SCORES = ['Met', 'PartlyMet', 'NotMet'] as const;
export type QualityScore = (typeof QUALITY_SCORES)[number];

/** The rubric's criteria in the framework's words. */
export const QUALITY_CRITERION_LABELS: Readonly<Record<QualityCriterion, string>> = {
  evidenceCited: 'Evidence cited',
  childsVoiceConsidered: "Child's voice considered",
  rationaleWeighedImpact: 'Rationale weighed the impact on the child',
  actionsSpecific: 'Actions specific, with timescales',
};

export const QUALITY_SCORE_LABELS: Readonly<Record<QualityScore, string>> = {
  Met: 'Met',
  PartlyMet: 'Partly met',
  NotMet: 'Not met',
};

export type QualityScores = Readonly<Record<QualityCriterion, QualityScore>>;

/** A scored rubric: who scored it and when. Re-scoring replaces it until the audit closes. */
export interface AuditQuality {
  readonly scores: QualityScores;
  readonly scoredById: string;
  readonly scoredAt: string;
}
