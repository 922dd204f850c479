import { Router } from 'express';
import type { ModerationQueueResponse } from '../../contract/audits';
import { callerOf } from '../http/authenticate';
import type { Services } from '../../app/services';
import { auditDtos } from './dto/audit-dto';

/**
 * `GET /moderation/queue`: audits the caller moderates that await moderation (Submitted) or the
 * learning conversation (Disagreed). One indexed query (ModeratorId); empty for non-moderators.
 */
export function moderationRoutes(services: Services): Router {
  const router = Router();
  router.get('/moderation/queue', async (_req, res) => {
    const { actor } = callerOf(res);
    const audits = await services.store.repo('audits').list({ where: { moderatorId: actor.id } });
    const waiting = audits.filter(
      (a) => a.record.state === 'Submitted' || a.record.state === 'Disagreed',
    );
    const body: ModerationQueueResponse = {
      items: auditDtos(actor, services.directory, waiting),
    };
    res.json(body);
  });
  return router;
}
