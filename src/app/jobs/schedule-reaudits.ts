import { planReaudit, reauditWeeksFor } from '../../domain/reaudits/schedule-reaudit';
import { reauditIdFor } from '../../domain/reaudits/reaudit';
import { SYSTEM_ACTOR } from '../../domain/records/actor';
import { runSystemCommand } from '../commands/run-command';
import { scheduleReauditCommand } from '../reaudits/schedule-command';
import type { Services } from '../services';

/**
 * The scheduler's job: every audit whose Inadequate or Requires-improvement grade now stands
 * gets its re-audit, and a scheduled one whose cycle changed moves to the right one — each
 * through the `reaudit.schedule` command, as the service. Found from the read model with the
 * same pure rule the command applies, so an hour with nothing new writes nothing.
 */
export async function scheduleReaudits(services: Services): Promise<readonly string[]> {
  const model = await services.readModel.fresh();
  const cycles = model.records('cycles').map((c) => c.record);
  const now = services.clock.now().toISOString();
  const due = model.records('audits').filter(({ record: audit }) => {
    const existing = services.readModel.where('reaudits', 'id', reauditIdFor(audit.id)).at(0);
    const moderation = services.readModel.where('moderations', 'auditId', audit.id).at(0);
    const plan = planReaudit(SYSTEM_ACTOR, {
      audit,
      moderation: moderation?.record ?? null,
      caseAudits: services.readModel
        .where('audits', 'caseNumber', audit.caseNumber)
        .map((a) => a.record),
      cycles,
      existing: existing?.record ?? null,
      weeks: reauditWeeksFor(cycles, audit.cycleId, services.config.reauditWeeks),
      now,
    });
    return plan.ok && plan.value.kind !== 'none';
  });
  const scheduled: string[] = [];
  for (const { record: audit } of due) {
    const result = await runSystemCommand(services, scheduleReauditCommand, {
      id: audit.id,
      version: null,
      input: {},
    });
    if (result.ok) scheduled.push(reauditIdFor(audit.id));
    else if (result.error.reason !== 'invalid-state') {
      services.logger.info('a re-audit was not scheduled', {
        audit: audit.id,
        reason: result.error.message,
      });
    }
  }
  return scheduled;
}
