import { isDoneForCycle } from '../../domain/lifecycle/cycle-close';
import { runSystemCommand } from '../commands/run-command';
import { closeCycleCommand } from '../cycles/close-command';
import type { Services } from '../services';

/**
 * The scheduler's job: every allocated cycle whose audits are all moderated or closed is closed
 * through the same `cycle.close` command the QA lead uses, as the service itself. Found from the
 * read model; the command reads the cycle again, so a cycle closed meanwhile is left alone.
 */
export async function closeFinishedCycles(services: Services): Promise<readonly string[]> {
  const model = await services.readModel.fresh();
  const finished = model
    .records('cycles')
    .filter((c) => c.record.state === 'Allocated')
    .filter((c) => {
      const audits = services.readModel.where('audits', 'cycleId', c.record.id);
      return audits.length > 0 && audits.every((a) => isDoneForCycle(a.record));
    });
  const closed: string[] = [];
  for (const cycle of finished) {
    const result = await runSystemCommand(services, closeCycleCommand, {
      id: cycle.record.id,
      version: null,
      input: { reason: '' },
    });
    if (result.ok) closed.push(cycle.record.id);
    else {
      services.logger.info('a finished cycle was not closed', {
        cycle: cycle.record.id,
        reason: result.error.message,
      });
    }
  }
  return closed;
}
