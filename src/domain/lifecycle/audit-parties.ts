import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';
import { invalidState } from '../errors';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Clock } from './clock';
import { authorise, requireValid, required } from './guards';
import { requireAuditState } from './state-rules';
import type { Transition } from './transition';

export interface WorkerFeedbackInput extends Clock {
  readonly feedback: string;
}

/** The allocated worker adds their own feedback to the audit (section 7, step 3). */
export const addWorkerFeedback = (
  audit: Audit,
  actor: Actor,
  input: WorkerFeedbackInput,
): Result<Transition<Audit>> => {
  const refusal =
    authorise(actor, 'addWorkerFeedback', audit) ??
    requireAuditState(audit, 'addWorkerFeedback') ??
    requireValid(required('feedback', input.feedback));
  if (refusal !== null) return fail(refusal);
  return ok({
    next: { ...audit, feedback: { ...audit.feedback, worker: input.feedback } },
    events: [],
  });
};

export interface AddContributorInput extends Clock {
  readonly contributorId: string;
}

/** Adds an independent reviewing officer or another practitioner involved in the case. */
export const addContributor = (
  audit: Audit,
  actor: Actor,
  input: AddContributorInput,
): Result<Transition<Audit>> => {
  const partyIssues =
    input.contributorId === audit.auditorId || input.contributorId === audit.workerId
      ? [{ field: 'contributorId', message: 'the auditor and allocated worker already take part' }]
      : [];
  const refusal =
    authorise(actor, 'addContributor', audit) ??
    requireAuditState(audit, 'addContributor') ??
    requireValid([...required('contributorId', input.contributorId), ...partyIssues]);
  if (refusal !== null) return fail(refusal);
  if (audit.contributorIds.includes(input.contributorId)) {
    return fail(invalidState('That person is already a contributor to this audit.'));
  }
  const next: Audit = { ...audit, contributorIds: [...audit.contributorIds, input.contributorId] };
  return ok({ next, events: [] });
};
