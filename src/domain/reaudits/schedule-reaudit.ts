import { can } from '../access/can';
import { addDays } from '../calendar/calendar';
import { forbidden, invalid } from '../errors';
import type { Actor } from '../records/actor';
import { SYSTEM_ACTOR_ID } from '../records/actor';
import type { Audit } from '../records/audit';
import type { Cycle } from '../records/cycle';
import type { Moderation } from '../records/moderation';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { callsForReaudit } from './grade-change';
import type { Reaudit } from './reaudit';
import { reauditIdFor } from './reaudit';
import { finalGrade } from './standing';
import { targetCycleFor } from './target-cycle';

export interface ReauditScheduling {
  readonly audit: Audit;
  readonly moderation: Moderation | null;
  readonly cycles: readonly Cycle[];
  /** The other audits of the same case: one allocated after the grade stood makes it moot. */
  readonly caseAudits: readonly Pick<Audit, 'id' | 'allocatedOn'>[];
  /** The re-audit already kept for this audit, if any. */
  readonly existing: Reaudit | null;
  /** Weeks from the grade standing to the re-audit. */
  readonly weeks: number;
  /** ISO timestamp. */
  readonly now: string;
}

/** What scheduling decides: a new re-audit, a scheduled one moved to another cycle, or nothing. */
export type ReauditPlan =
  | { readonly kind: 'create'; readonly record: Reaudit }
  | { readonly kind: 'retarget'; readonly record: Reaudit }
  | { readonly kind: 'none'; readonly why: string };

export const isReauditWeeks = (weeks: number): boolean =>
  Number.isInteger(weeks) && weeks >= 1 && weeks <= 104;

/** The weeks to a re-audit: the earlier audit's cycle's, where the QA lead set them, else the service's. */
export const reauditWeeksFor = (
  cycles: readonly Pick<Cycle, 'id' | 'timescales'>[],
  cycleId: string,
  serviceWeeks: number,
): number => cycles.find((c) => c.id === cycleId)?.timescales.reauditWeeks ?? serviceWeeks;

/**
 * An audit whose grade stands at Inadequate or Requires improvement to be good schedules a
 * re-audit of its case, due `weeks` after the grade stood, into the first planned case file audit
 * cycle starting on or after that date — unless the case was audited again since. Asked again it makes nothing new; a scheduled re-audit
 * whose cycle was allocated without it, or a newly planned cycle, is moved to the right cycle.
 * The scheduler does this for the service; otherwise only the QA lead.
 */
export const planReaudit = (actor: Actor, input: ReauditScheduling): Result<ReauditPlan> => {
  if (actor.id !== SYSTEM_ACTOR_ID && !can(actor, 'allocate', new Set())) {
    return fail(forbidden('Only the QA lead schedules re-audits.'));
  }
  if (!isReauditWeeks(input.weeks)) {
    return fail(
      invalid([{ field: 'weeks', message: 'must be a whole number of weeks from 1 to 104' }]),
    );
  }
  const { audit, existing } = input;
  if (existing !== null) {
    if (existing.state !== 'Scheduled') {
      return ok({ kind: 'none', why: `The re-audit is already ${existing.state.toLowerCase()}.` });
    }
    const target = targetCycleFor(input.cycles, existing.dueFrom);
    return target === existing.targetCycleId
      ? ok({ kind: 'none', why: 'The re-audit is already scheduled.' })
      : ok({ kind: 'retarget', record: { ...existing, targetCycleId: target } });
  }
  const grade = finalGrade(audit, input.moderation);
  if (grade === null) return ok({ kind: 'none', why: 'The grade does not stand yet.' });
  if (!callsForReaudit(grade.grade)) {
    return ok({ kind: 'none', why: `A grade of ${grade.grade} needs no re-audit.` });
  }
  if (input.caseAudits.some((a) => a.id !== audit.id && a.allocatedOn > grade.on)) {
    return ok({ kind: 'none', why: 'The case has been audited again since the grade stood.' });
  }
  const dueFrom = addDays(grade.on, input.weeks * 7);
  return ok({
    kind: 'create',
    record: {
      id: reauditIdFor(audit.id),
      caseNumber: audit.caseNumber,
      earlierAuditId: audit.id,
      earlierCycleId: audit.cycleId,
      serviceAreaId: audit.serviceAreaId,
      gradeBefore: grade.grade,
      gradedOn: grade.on,
      dueFrom,
      targetCycleId: targetCycleFor(input.cycles, dueFrom),
      state: 'Scheduled',
      auditId: null,
      reason: '',
      scheduledAt: input.now,
    },
  });
};
