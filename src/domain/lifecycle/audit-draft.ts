import type { Actor } from '../records/actor';
import type {
  AreaJudgement,
  Audit,
  AuditFeedback,
  DraftAction,
  QuantityQualityImpact,
} from '../records/audit';
import type { Area, Grade } from '../records/grade';
import { AREAS } from '../records/grade';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Clock } from './clock';
import { auditRef } from './event-refs';
import { authorise } from './guards';
import { requireAuditState } from './state-rules';
import type { Transition } from './transition';

/** The audit tool's fields as the auditor fills them in; any subset may be saved. */
export interface AuditDraft {
  readonly areas?: Partial<Record<Area, Partial<AreaJudgement>>>;
  /** The worker's own feedback is added by the worker (addWorkerFeedback), not here. */
  readonly feedback?: Partial<Omit<AuditFeedback, 'worker'>>;
  readonly meetingDate?: string | null;
  readonly practiceObserved?: boolean;
  readonly measures?: Partial<QuantityQualityImpact>;
  readonly overallGrade?: Grade | null;
  readonly rationale?: string;
  /** Every action row the form holds, as it holds it (replaces the saved ones when given). */
  readonly actions?: readonly DraftAction[];
}

export interface SaveDraftInput extends Clock {
  readonly draft: AuditDraft;
}

/** Merges a draft into the audit's fields; fields the draft leaves out are kept. */
export const applyDraft = (audit: Audit, draft: AuditDraft): Audit => ({
  ...audit,
  areas: Object.fromEntries(
    AREAS.map((area) => [area, { ...audit.areas[area], ...draft.areas?.[area] }]),
  ) as Record<Area, AreaJudgement>,
  feedback: { ...audit.feedback, ...draft.feedback },
  meetingDate: draft.meetingDate === undefined ? audit.meetingDate : draft.meetingDate,
  practiceObserved: draft.practiceObserved ?? audit.practiceObserved,
  measures: { ...audit.measures, ...draft.measures },
  overallGrade: draft.overallGrade === undefined ? audit.overallGrade : draft.overallGrade,
  rationale: draft.rationale ?? audit.rationale,
  draftActions: draft.actions ?? audit.draftActions,
});

/** The auditor saves part of the audit tool; saving an allocated audit starts it. */
export const saveDraft = (
  audit: Audit,
  actor: Actor,
  input: SaveDraftInput,
): Result<Transition<Audit>> => {
  const refusal = authorise(actor, 'saveDraft', audit) ?? requireAuditState(audit, 'saveDraft');
  if (refusal !== null) return fail(refusal);
  const next: Audit = { ...applyDraft(audit, input.draft), state: 'InProgress' };
  const events =
    audit.state === 'Allocated'
      ? [{ ...auditRef(audit, actor, input.now), kind: 'AuditStarted' as const }]
      : [];
  return ok({ next, events });
};
