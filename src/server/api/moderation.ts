import { Router } from 'express';
import type { ModerationQueueResponse } from '../../contract/audits';
import { callerOf } from '../http/authenticate';
import type { Services } from '../../app/services';
import { fromModel } from '../../app/queries/from-model';
import { moderationsFrom } from '../../app/queries/audit-lists';
import { auditDtos } from './dto/audit-dto';
import { z } from 'zod';
import { pageQuerySchema, parseQuery } from './parse';
import { pageOf } from '../../app/queries/page';
import { auditListShape } from '../../app/queries/audit-lists';

/**
 * `GET /moderation/queue`: audits the caller moderates that await moderation (Submitted) or the
 * learning conversation (Disagreed), a page at a time, from the read model.
 */
export function moderationRoutes(services: Services): Router {
  const router = Router();
  router.get('/moderation/queue', async (req, res) => {
    const { actor } = callerOf(res);
    const query = parseQuery(req, z.strictObject(pageQuerySchema));
    const audits = await fromModel(services, 'audits', { moderatorId: actor.id });
    const waiting = audits.filter(
      (a) => a.record.state === 'Submitted' || a.record.state === 'Disagreed',
    );
    const page = pageOf(waiting, query, auditListShape(services));
    const body: ModerationQueueResponse = {
      ...page,
      items: auditDtos(actor, services.directory, page.items, {
        sorted: true,
        moderationOf: moderationsFrom(services.readModel),
      }),
    };
    res.json(body);
  });
  return router;
}
