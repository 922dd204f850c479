import type { FieldIssue } from '../errors';
import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';
import type { QualityScores } from '../records/audit-quality';
import { QUALITY_CRITERIA, QUALITY_SCORES } from '../records/audit-quality';
import type { Moderation } from '../records/moderation';
import { pendingModeration } from '../records/moderation';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Clock } from './clock';
import { auditRef } from './event-refs';
import { authorise, requireValid } from './guards';
import { requireAuditState } from './state-rules';
import type { Transition } from './transition';

export interface ScoreAuditQualityInput extends Clock {
  /** One score per criterion of the rubric. */
  readonly scores: Partial<Record<string, string>>;
}

/** Each criterion must be scored, with a score from the rubric; no other field is accepted. */
export const qualityScoreIssues = (scores: Partial<Record<string, string>>): FieldIssue[] => [
  ...QUALITY_CRITERIA.flatMap((criterion): FieldIssue[] => {
    const score = scores[criterion];
    if (score === undefined || score === '') {
      return [{ field: `scores.${criterion}`, message: 'is required' }];
    }
    return (QUALITY_SCORES as readonly string[]).includes(score)
      ? []
      : [{ field: `scores.${criterion}`, message: 'must be Met, Partly met or Not met' }];
  }),
  ...Object.keys(scores)
    .filter((key) => !(QUALITY_CRITERIA as readonly string[]).includes(key))
    .map((key) => ({ field: `scores.${key}`, message: 'is not a criterion of the rubric' })),
];

/**
 * The moderator (or the QA lead) scores the quality of the audit itself: the audit of audits,
 * kept apart from agreeing with its grade. Allowed once the audit is submitted, and again
 * (a re-score replaces the last) until the audit is closed.
 */
export const scoreAuditQuality = (
  audit: Audit,
  found: Moderation | null,
  actor: Actor,
  input: ScoreAuditQualityInput,
): Result<Transition<Moderation>> => {
  const refusal =
    authorise(actor, 'scoreAuditQuality', audit) ??
    requireAuditState(audit, 'scoreAuditQuality') ??
    requireValid(qualityScoreIssues(input.scores));
  if (refusal !== null) return fail(refusal);
  const moderation = found ?? pendingModeration(audit);
  const scores = Object.fromEntries(
    QUALITY_CRITERIA.map((criterion) => [criterion, input.scores[criterion]]),
  ) as QualityScores;
  const next: Moderation = {
    ...moderation,
    auditQuality: { scores, scoredById: actor.id, scoredAt: input.now },
  };
  const event = {
    ...auditRef(audit, actor, input.now),
    kind: 'AuditQualityScored' as const,
    moderationId: next.id,
  };
  return ok({ next, events: [event] });
};
