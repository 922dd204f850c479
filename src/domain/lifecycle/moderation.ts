import { invalidState } from '../errors';
import type { FieldIssue } from '../errors';
import type { DomainEvent } from '../events/domain-event';
import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';
import type { Grade } from '../records/grade';
import type { Moderation, ModerationOutcome } from '../records/moderation';
import { pendingModeration } from '../records/moderation';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Clock } from './clock';
import { dateOf, isIsoDate } from '../calendar/calendar';
import { auditRef } from './event-refs';
import { authorise, requireState, requireValid, required } from './guards';
import { awaitsAuditorResponse } from './state-rules';
import { requireAuditState } from './state-rules';
import type { Transition } from './transition';

export interface ModerateInput extends Clock {
  readonly outcome: ModerationOutcome;
  /** Required, and different from the auditor's grade, when the moderator disagrees. */
  readonly moderatedGrade?: Grade;
  readonly reasons: string;
  /** Optional: defaults to `${auditId}-M`. */
  readonly moderationId?: string;
}

export interface Moderated {
  readonly audit: Audit;
  readonly moderation: Moderation;
}

const outcomeIssues = (input: ModerateInput, auditorGrade: Grade): FieldIssue[] => {
  if (input.outcome === 'Agreed') {
    return input.moderatedGrade !== undefined && input.moderatedGrade !== auditorGrade
      ? [{ field: 'moderatedGrade', message: "an agreed moderation keeps the auditor's grade" }]
      : [];
  }
  return [
    ...(input.moderatedGrade === undefined
      ? [{ field: 'moderatedGrade', message: 'is required when you disagree' }]
      : input.moderatedGrade === auditorGrade
        ? [{ field: 'moderatedGrade', message: "must differ from the auditor's grade" }]
        : []),
    ...required('reasons', input.reasons),
  ];
};

/**
 * The moderator agrees or disagrees with the auditor's grading (section 7, step 6). The
 * auditor's grade is never overwritten: the moderated grade is kept on the moderation.
 */
export const moderate = (
  audit: Audit,
  moderation: Moderation | null,
  actor: Actor,
  input: ModerateInput,
): Result<Transition<Moderated>> => {
  const refusal = authorise(actor, 'moderate', audit) ?? requireAuditState(audit, 'moderate');
  if (refusal !== null) return fail(refusal);
  if (moderation !== null && moderation.state !== 'Pending') {
    return fail(invalidState(`The moderation is already ${moderation.state}.`));
  }
  const auditorGrade = audit.overallGrade;
  if (auditorGrade === null) return fail(invalidState('The audit has no grade to moderate.'));
  const invalidInput = requireValid(outcomeIssues(input, auditorGrade));
  if (invalidInput !== null) return fail(invalidInput);
  const moderatedGrade = input.moderatedGrade ?? auditorGrade;
  const next: Moderation = {
    ...pendingModeration(audit),
    ...(input.moderationId === undefined ? {} : { id: input.moderationId }),
    ...(moderation === null
      ? {}
      : {
          id: moderation.id,
          learningNotes: moderation.learningNotes,
          auditQuality: moderation.auditQuality,
        }),
    moderatorId: actor.id,
    state: input.outcome,
    auditorGrade,
    moderatedGrade,
    reasons: input.reasons,
    moderatedAt: input.now,
  };
  const raisesAlert = input.outcome === 'Disagreed' && moderatedGrade === 'Inadequate';
  const ref = auditRef(audit, actor, input.now);
  const events: DomainEvent[] =
    input.outcome === 'Agreed'
      ? [{ ...ref, kind: 'ModerationAgreed', moderationId: next.id }]
      : [
          {
            ...ref,
            kind: 'ModerationDisagreed',
            moderationId: next.id,
            auditorGrade,
            moderatedGrade,
          },
          ...(raisesAlert ? [{ ...ref, kind: 'GradedInadequate' as const }] : []),
        ];
  const nextAudit: Audit = {
    ...audit,
    state: input.outcome,
    moderatedAt: input.now,
    ...(raisesAlert
      ? { alertRaisedAt: input.now, alertAcknowledgedAt: null, alertAcknowledgedById: null }
      : {}),
  };
  return ok({ next: { audit: nextAudit, moderation: next }, events });
};

export interface ResolveDisagreementInput extends Clock {
  /** Notes of the learning conversation between moderator and auditor. */
  readonly learningNotes: string;
}

/** The learning conversation has taken place: the disagreement is resolved. */
export const resolveDisagreement = (
  audit: Audit,
  found: Moderation | null,
  actor: Actor,
  input: ResolveDisagreementInput,
): Result<Transition<Moderated>> => {
  const moderation = found ?? pendingModeration(audit);
  const refusal =
    authorise(actor, 'resolveDisagreement', audit) ??
    requireAuditState(audit, 'resolveDisagreement') ??
    requireState('moderation', moderation.state, ['Disagreed'], 'resolveDisagreement') ??
    requireValid(required('learningNotes', input.learningNotes));
  if (refusal !== null) return fail(refusal);
  const next: Moderated = {
    audit: { ...audit, state: 'Resolved' },
    moderation: {
      ...moderation,
      state: 'Resolved',
      learningNotes: input.learningNotes,
      resolvedAt: input.now,
    },
  };
  const event = {
    ...auditRef(audit, actor, input.now),
    kind: 'DisagreementResolved' as const,
    moderationId: moderation.id,
  };
  return ok({ next, events: [event] });
};

export type RespondInput = Clock &
  (
    | { readonly response: 'Acknowledged' }
    | { readonly response: 'DiscussionProposed'; readonly discussionDate: string }
  );

/**
 * The auditor answers the moderator's disagreement (section 7, step 6: a learning conversation):
 * they acknowledge it, or propose a date to talk it through, which both of them then see.
 */
export const respondToModeration = (
  audit: Audit,
  found: Moderation | null,
  actor: Actor,
  input: RespondInput,
): Result<Transition<Moderation>> => {
  const moderation = found ?? pendingModeration(audit);
  const issues =
    input.response === 'DiscussionProposed' && !isIsoDate(input.discussionDate)
      ? [{ field: 'discussionDate', message: 'must be a real date written YYYY-MM-DD' }]
      : input.response === 'DiscussionProposed' && input.discussionDate < dateOf(input.now)
        ? [{ field: 'discussionDate', message: 'must be today or later' }]
        : [];
  const refusal =
    authorise(actor, 'respondToModeration', audit) ??
    requireAuditState(audit, 'respondToModeration') ??
    (awaitsAuditorResponse(moderation)
      ? null
      : invalidState(
          moderation.auditorResponse === 'None'
            ? 'There is no disagreement to answer.'
            : 'The disagreement has already been answered.',
        )) ??
    requireValid(issues);
  if (refusal !== null) return fail(refusal);
  const next: Moderation = {
    ...moderation,
    auditorResponse: input.response,
    discussionDate: input.response === 'DiscussionProposed' ? input.discussionDate : null,
    respondedAt: input.now,
  };
  const event = {
    ...auditRef(audit, actor, input.now),
    kind: 'ModerationResponded' as const,
    moderationId: moderation.id,
  };
  return ok({ next, events: [event] });
};
