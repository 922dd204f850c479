import { Router } from 'express';
import type { ScheduleResponse } from '../../../contract/registers';
import { fromModel } from '../../../app/queries/from-model';
import type { Services } from '../../../app/services';

/** The quality assurance schedule: a dozen rows, read whole; everyone may see it. */
export function scheduleRoutes(services: Services): Router {
  const router = Router();
  router.get('/schedule', async (_req, res) => {
    const rows = await fromModel(services, 'schedule');
    const body: ScheduleResponse = {
      items: rows
        .map((v) => ({
          record: v.record,
          version: v.version,
          flags: v.flags,
          names: {},
          allowed: [],
        }))
        .sort((a, b) => (a.record.nextDue ?? '9999').localeCompare(b.record.nextDue ?? '9999')),
    };
    res.json(body);
  });
  return router;
}
