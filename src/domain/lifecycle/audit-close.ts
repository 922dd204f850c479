import { invalidState } from '../errors';
import type { DomainEvent } from '../events/domain-event';
import type { Action } from '../records/action';
import { FINISHED_ACTION_STATES, isFinishedAction } from '../records/action';
import type { Actor } from '../records/actor';
import { SYSTEM_ACTOR } from '../records/actor';
import type { Audit } from '../records/audit';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Clock } from './clock';
import { auditRef } from './event-refs';
import { authorise } from './guards';
import { auditStateAllows, requireAuditState } from './state-rules';
import type { Transition } from './transition';

export { FINISHED_ACTION_STATES };

export interface ActionsOfAudit extends Clock {
  /** The audit's actions (others are ignored). */
  readonly actions: readonly Action[];
}

/** How many of the audit's actions are still open. */
export const openActionCount = (audit: Audit, actions: readonly Action[]): number =>
  actions.filter((a) => a.auditId === audit.id && !isFinishedAction(a)).length;

const afterReview = (audit: Audit, actor: Actor, input: ActionsOfAudit): Transition<Audit> => {
  if (openActionCount(audit, input.actions) > 0) {
    return { next: { ...audit, state: 'ActionsOpen' }, events: [] };
  }
  const next: Audit = { ...audit, state: 'Closed', closedAt: input.now };
  const events: DomainEvent[] = [{ ...auditRef(audit, actor, input.now), kind: 'AuditClosed' }];
  return { next, events };
};

/**
 * Moves a reviewed audit on: from Agreed or Resolved to ActionsOpen (or straight to Closed when
 * no action is open), and from ActionsOpen to Closed once every action is Closed or NotCompleted.
 * An audit whose actions are still open stays ActionsOpen: that is refused as invalid-state, so
 * a repeated call never raises AuditClosed twice.
 */
export const closeAuditIfDone = (
  audit: Audit,
  actor: Actor,
  input: ActionsOfAudit,
): Result<Transition<Audit>> => {
  const refusal = authorise(actor, 'closeAudit', audit) ?? requireAuditState(audit, 'closeAudit');
  if (refusal !== null) return fail(refusal);
  const open = openActionCount(audit, input.actions);
  if (audit.state === 'ActionsOpen' && open > 0) {
    return fail(invalidState(`The audit stays open: ${open} of its actions are still open.`));
  }
  return ok(afterReview(audit, actor, input));
};

/**
 * The follow-on step after a review (moderation agreed, a disagreement resolved) or after an
 * action's loop closed: the service moves the audit on, or leaves it (null) when nothing is due.
 */
export const moveOnAfterReview = (
  audit: Audit,
  actions: readonly Action[],
  now: string,
): Transition<Audit> | null => {
  if (!auditStateAllows(audit, 'closeAudit')) return null;
  const moved = closeAuditIfDone(audit, SYSTEM_ACTOR, { actions, now });
  return moved.ok && moved.value.next.state !== audit.state ? moved.value : null;
};

/**
 * Not every audit is moderated (section 6: "a portion"). The QA lead, or the scheduler once the
 * moderation timescale has passed, completes a submitted audit that has no moderator assigned.
 */
export const completeWithoutModeration = (
  audit: Audit,
  actor: Actor,
  input: ActionsOfAudit,
): Result<Transition<Audit>> => {
  const refusal =
    authorise(actor, 'completeWithoutModeration', audit) ??
    requireAuditState(audit, 'completeWithoutModeration');
  if (refusal !== null) return fail(refusal);
  return ok(afterReview(audit, actor, input));
};
