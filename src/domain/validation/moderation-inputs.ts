import { z } from 'zod';
import type { Clock } from '../lifecycle/clock';
import type {
  ModerateInput,
  ResolveDisagreementInput,
  RespondInput,
} from '../lifecycle/moderation';
import { QUALITY_SCORES } from '../records/audit-quality';
import type { QualityCriterion, QualityScores } from '../records/audit-quality';
import { MODERATION_OUTCOMES } from '../records/moderation';
import { grade, isoDate, LIMITS, requiredText, text } from './primitives';

type Body<T extends Clock> = Omit<T, 'now' | 'moderationId'>;

/** A disagreement names the moderated grade and gives reasons (section 7, step 6). */
export const moderateSchema = z
  .strictObject({
    outcome: z.enum(MODERATION_OUTCOMES),
    moderatedGrade: grade.optional(),
    reasons: text(LIMITS.long),
  })
  .superRefine((input, context) => {
    if (input.outcome !== 'Disagreed') return;
    if (input.moderatedGrade === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['moderatedGrade'],
        message: 'is required when you disagree',
      });
    }
    if (input.reasons === '') {
      context.addIssue({
        code: 'custom',
        path: ['reasons'],
        message: 'is required when you disagree',
      });
    }
  }) satisfies z.ZodType<Body<ModerateInput>>;

export const resolveDisagreementSchema = z.strictObject({
  learningNotes: requiredText(LIMITS.long),
}) satisfies z.ZodType<Body<ResolveDisagreementInput>>;

/** The auditor's answer to a disagreement: acknowledged, or a date proposed to talk it through. */
export const respondToModerationSchema = z.discriminatedUnion('response', [
  z.strictObject({ response: z.literal('Acknowledged') }),
  z.strictObject({ response: z.literal('DiscussionProposed'), discussionDate: isoDate }),
]) satisfies z.ZodType<Omit<RespondInput, 'now'>>;

const qualityScore = z.enum(QUALITY_SCORES, { error: 'must be Met, Partly met or Not met' });

/** The audit of audits: one score from the rubric for each of its four criteria. */
export const scoreAuditQualitySchema = z.strictObject({
  scores: z.strictObject({
    evidenceCited: qualityScore,
    childsVoiceConsidered: qualityScore,
    rationaleWeighedImpact: qualityScore,
    actionsSpecific: qualityScore,
  } satisfies Record<QualityCriterion, typeof qualityScore>),
}) satisfies z.ZodType<{ scores: QualityScores }>;
