import { z } from 'zod';
import type { AddContributorInput, WorkerFeedbackInput } from '../lifecycle/audit-parties';
import type { SaveDraftInput } from '../lifecycle/audit-draft';
import type { AssignModeratorInput, ReallocateInput } from '../lifecycle/audit-reallocate';
import type { SubmitAuditInput } from '../lifecycle/audit-submit';
import type { Clock } from '../lifecycle/clock';
import { grade, id, isoDate, LIMITS, requiredText, text } from './primitives';

/**
 * Schemas for what the tab sends with each audit transition: the transition's input without the
 * clock (`now` is the server's) and without what the server looks up itself.
 */
type Body<T extends Clock, K extends string = never> = Omit<T, 'now' | K>;

const areaJudgementDraft = z.strictObject({
  grade: grade.nullable().optional(),
  evidence: text(LIMITS.long).optional(),
  strengths: text(LIMITS.long).optional(),
  development: text(LIMITS.long).optional(),
});

/** An action row as the form holds it: unfinished is allowed, the checks come on submit. */
const draftActionSchema = z.strictObject({
  description: text(LIMITS.note),
  ownerId: z.union([z.literal(''), id]),
  timescaleDays: z.int().min(1).max(365).nullable(),
  immediate: z.boolean(),
});

export const auditDraftSchema = z.strictObject({
  areas: z
    .strictObject({
      childsVoice: areaJudgementDraft.optional(),
      assessment: areaJudgementDraft.optional(),
      planning: areaJudgementDraft.optional(),
      chronology: areaJudgementDraft.optional(),
      managementGrip: areaJudgementDraft.optional(),
      parentCarerEngagement: areaJudgementDraft.optional(),
    })
    .optional(),
  feedback: z
    .strictObject({
      childYoungPerson: text(LIMITS.long).optional(),
      parentsCarers: text(LIMITS.long).optional(),
      professionals: text(LIMITS.long).optional(),
    })
    .optional(),
  meetingDate: isoDate.nullable().optional(),
  practiceObserved: z.boolean().optional(),
  measures: z
    .strictObject({
      quantity: text(LIMITS.long).optional(),
      quality: text(LIMITS.long).optional(),
      impact: text(LIMITS.long).optional(),
    })
    .optional(),
  overallGrade: grade.nullable().optional(),
  rationale: text(LIMITS.long).optional(),
  actions: z.array(draftActionSchema).max(20).optional(),
});

export const saveDraftSchema = z.strictObject({
  draft: auditDraftSchema,
}) satisfies z.ZodType<Body<SaveDraftInput>>;

/** An agreed action as the auditor writes it; its id is made on the server. */
export const actionInputSchema = z.strictObject({
  description: requiredText(LIMITS.note),
  ownerId: id,
  dueDate: isoDate.optional(),
  timescaleDays: z.int().min(1).max(365).optional(),
  immediate: z.boolean(),
});

export const submitAuditSchema = z.strictObject({
  draft: auditDraftSchema.optional(),
  actions: z.array(actionInputSchema).max(20),
  noActionsNeeded: z.boolean(),
}) satisfies z.ZodType<Body<SubmitAuditInput, 'timescales'>>;

export const workerFeedbackSchema = z.strictObject({
  feedback: requiredText(LIMITS.long),
}) satisfies z.ZodType<Body<WorkerFeedbackInput>>;

export const addContributorSchema = z.strictObject({
  contributorId: id,
}) satisfies z.ZodType<Body<AddContributorInput>>;

export const reallocateSchema = z.strictObject({
  auditorId: id,
}) satisfies z.ZodType<Body<ReallocateInput>>;

/** The moderator's role is read from the Staff list, never taken from the client. */
export const assignModeratorSchema = z.strictObject({
  moderatorId: id,
}) satisfies z.ZodType<Body<AssignModeratorInput, 'moderatorRole'>>;

/** Transitions that need nothing but the actor and the clock: start, share grade, verify, approve. */
export const noBodySchema = z.strictObject({});
