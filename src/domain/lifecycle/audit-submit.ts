import type { DomainEvent } from '../events/domain-event';
import type { Action } from '../records/action';
import { invalid } from '../errors';
import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';
import type { Timescales } from '../records/cycle';
import { DEFAULT_TIMESCALES } from '../records/cycle';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Clock } from './clock';
import type { AuditDraft } from './audit-draft';
import { applyDraft } from './audit-draft';
import { actionRef, auditRef } from './event-refs';
import { authorise } from './guards';
import { requireAuditState } from './state-rules';
import { newAction } from './action-create';
import type { ActionInput } from './submission-check';
import { submissionIssues } from './submission-check';
import type { Transition } from './transition';

export interface SubmitAuditInput extends Clock {
  /** Last edits made with the submission, applied before the audit is checked. */
  readonly draft?: AuditDraft;
  readonly actions: readonly ActionInput[];
  /** Explicit: the grade is Outstanding or Good and no action is needed. */
  readonly noActionsNeeded: boolean;
  /** The cycle's timescales, for actions given without a due date. */
  readonly timescales?: Timescales;
}

export interface SubmittedAudit {
  readonly audit: Audit;
  readonly actions: readonly Action[];
}

/**
 * The auditor submits the audit: every area graded with evidence, an overall grade and a
 * rationale, and the agreed actions (section 7, steps 5 and 7). Creates the actions; an
 * Inadequate grade raises the immediate alert (step 9).
 */
export const submitAudit = (
  audit: Audit,
  actor: Actor,
  input: SubmitAuditInput,
): Result<Transition<SubmittedAudit>> => {
  const refusal = authorise(actor, 'submitAudit', audit) ?? requireAuditState(audit, 'submitAudit');
  if (refusal !== null) return fail(refusal);
  const drafted = input.draft === undefined ? audit : applyDraft(audit, input.draft);
  const issues = submissionIssues(drafted, input.actions, input.noActionsNeeded, input.now);
  const grade = drafted.overallGrade;
  if (issues.length > 0 || grade === null) return fail(invalid(issues));
  const timescales = input.timescales ?? DEFAULT_TIMESCALES;
  const next: Audit = {
    ...drafted,
    draftActions: [],
    state: 'Submitted',
    submittedAt: input.now,
    alertRaisedAt: grade === 'Inadequate' ? input.now : null,
  };
  const actions = input.actions.map((a, i) => newAction(next, a, i, input.now, timescales));
  const ref = auditRef(next, actor, input.now);
  const events: DomainEvent[] = [
    { ...ref, kind: 'AuditSubmitted', grade },
    ...(grade === 'Inadequate' ? [{ ...ref, kind: 'GradedInadequate' as const }] : []),
    ...actions.map((action) => ({
      ...actionRef(action, actor, input.now),
      kind: 'ActionCreated' as const,
      dueDate: action.dueDate,
    })),
  ];
  return ok({ next: { audit: next, actions }, events });
};
