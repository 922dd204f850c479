import { invalidState } from '../../domain/errors';
import type { Versioned } from '../../domain/ports/versioned';
import type { Reaudit } from '../../domain/reaudits/reaudit';
import { reauditIdFor } from '../../domain/reaudits/reaudit';
import { planReaudit, reauditWeeksFor } from '../../domain/reaudits/schedule-reaudit';
import type { Audit } from '../../domain/records/audit';
import type { Cycle } from '../../domain/records/cycle';
import type { Moderation } from '../../domain/records/moderation';
import { fail, ok } from '../../domain/result';
import type { RecordCommand } from '../commands/command';
import { fromModel } from '../queries/from-model';
import type { Services } from '../services';

/** An audit, its moderation, the cycles, and the re-audit kept for it (once there is one). */
export interface AuditToReaudit {
  readonly audit: Versioned<Audit>;
  readonly moderation: Moderation | null;
  /** Every audit of the same case (the earlier one included). */
  readonly caseAudits: readonly Audit[];
  readonly cycles: readonly Cycle[];
  readonly reaudit: Versioned<Reaudit> | null;
}

async function loadAuditToReaudit(
  services: Services,
  auditId: string,
): Promise<AuditToReaudit | null> {
  const [audit, reaudit] = await Promise.all([
    services.store.repo('audits').get(auditId),
    services.store.repo('reaudits').get(reauditIdFor(auditId)),
  ]);
  if (audit === null) return null;
  const [moderations, cycles, caseAudits] = await Promise.all([
    fromModel(services, 'moderations', { auditId }),
    fromModel(services, 'cycles'),
    fromModel(services, 'audits', { caseNumber: audit.record.caseNumber }),
  ]);
  return {
    audit,
    moderation: moderations.at(0)?.record ?? null,
    caseAudits: caseAudits.map((a) => a.record),
    cycles: cycles.map((c) => c.record),
    reaudit,
  };
}

/**
 * Schedules the re-audit an Inadequate or Requires-improvement grade calls for, once the grade
 * stands (`reaudit.schedule`), or moves a scheduled one to the cycle it now belongs in. Run by
 * the scheduler for the service; the earlier audit's id keys the re-audit, so it is made once.
 * Nothing to do is a refusal that writes nothing, so a job asking again logs nothing.
 */
export const scheduleReauditCommand: RecordCommand<AuditToReaudit, Record<string, never>> = {
  name: 'reaudit.schedule',
  ref: (id) => `audit:${id}`,
  load: loadAuditToReaudit,
  visible: () => true,
  version: (loaded) => loaded.audit.version,
  afterSave: (loaded, saved) => ({
    ...loaded,
    reaudit:
      (saved.get(`reaudits:${reauditIdFor(loaded.audit.record.id)}`) as
        Versioned<Reaudit> | undefined) ?? loaded.reaudit,
  }),
  known: () => ({}),
  decide: ({ services, actor, loaded, now }) => {
    const planned = planReaudit(actor, {
      audit: loaded.audit.record,
      moderation: loaded.moderation,
      caseAudits: loaded.caseAudits,
      cycles: loaded.cycles,
      existing: loaded.reaudit?.record ?? null,
      weeks: reauditWeeksFor(
        loaded.cycles,
        loaded.audit.record.cycleId,
        services.config.reauditWeeks,
      ),
      now,
    });
    if (!planned.ok) return Promise.resolve(planned);
    const plan = planned.value;
    if (plan.kind === 'none') return Promise.resolve(fail(invalidState(plan.why)));
    const ref = `reaudit:${plan.record.id}`;
    return Promise.resolve(
      ok({
        changes:
          plan.kind === 'create' || loaded.reaudit === null
            ? [{ kind: 'reaudits', op: 'create', record: plan.record }]
            : [
                {
                  kind: 'reaudits',
                  op: 'update',
                  record: plan.record,
                  expectedVersion: loaded.reaudit.version,
                },
              ],
        events: [],
        ref,
        changedFields: plan.kind === 'create' ? ['reaudit'] : ['targetCycleId'],
      }),
    );
  },
};
