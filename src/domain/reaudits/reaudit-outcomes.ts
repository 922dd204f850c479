import type { ReauditOutcome } from '../allocation/allocation-draw';
import type { Reaudit } from './reaudit';

/**
 * The scheduled re-audits after a committed draw: those allocated go to the cycle with their
 * new audit, those whose case is no longer open are cancelled with the reason, and those that
 * could not be allocated stay scheduled for the next cycle. Only the changed ones are returned.
 */
export const reauditsAfterDraw = (
  scheduled: readonly Reaudit[],
  outcomes: readonly ReauditOutcome[],
  cycleId: string,
  auditIdOf: (caseNumber: string) => string,
): Reaudit[] => {
  const byAudit = new Map(outcomes.map((o) => [o.earlierAuditId, o]));
  return scheduled.flatMap((r): Reaudit[] => {
    const outcome = byAudit.get(r.earlierAuditId);
    if (outcome === undefined || r.state !== 'Scheduled') return [];
    switch (outcome.outcome) {
      case 'allocated':
        return [
          {
            ...r,
            state: 'Allocated',
            targetCycleId: cycleId,
            auditId: auditIdOf(r.caseNumber),
          },
        ];
      case 'not-open':
        return [{ ...r, state: 'Cancelled', targetCycleId: cycleId, reason: outcome.detail }];
      case 'not-allocated':
        return r.targetCycleId === cycleId ? [{ ...r, targetCycleId: null }] : [];
    }
  });
};
