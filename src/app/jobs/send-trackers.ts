import { learningReportId } from '../../domain/records/learning-report';
import { runSystemCommand } from '../commands/run-command';
import { makeTrackersCommand, servicesOfCycle } from '../reports/report-jobs';
import type { Services } from '../services';

/** Cycles closed longer ago than this are left to the QA lead to send from the tab. */
const RECENT_DAYS = 14;

/**
 * The scheduler's job: when a cycle has closed (by the QA lead or the scheduler), each of its
 * services' trackers is made and saved in the cycle's folder of the document library, through
 * the same `report.trackers` command the QA lead uses, as the service itself. Found from the
 * read model: with nothing newly closed it asks Graph nothing.
 */
export async function sendTrackers(services: Services): Promise<readonly string[]> {
  const model = await services.readModel.fresh();
  const since = new Date(services.clock.now().getTime() - RECENT_DAYS * 86_400_000).toISOString();
  const closed = model
    .records('cycles')
    .filter((c) => c.record.state === 'Closed' && (c.record.closure?.closedAt ?? '') >= since);
  const made: string[] = [];
  for (const { record: cycle } of closed) {
    for (const serviceAreaId of await servicesOfCycle(services, cycle.id)) {
      const id = learningReportId('Trackers', cycle.id, serviceAreaId);
      if (model.get('learningReports', id) !== undefined) continue;
      const result = await runSystemCommand(services, makeTrackersCommand, {
        id,
        version: null,
        input: { period: cycle.id, serviceAreaId, narrative: '' },
      });
      if (result.ok) made.push(id);
      else {
        services.logger.info('a closed cycle’s trackers were not made', {
          cycle: cycle.id,
          reason: result.error.message,
        });
      }
    }
  }
  return made;
}
