import express, { type Router } from 'express';
import { z } from 'zod';
import type { ActivityFeed } from '../bot/activity/activity-feed';
import type { ActivityResponse } from '../contract/activity';
import { callerOf } from '../server/http/authenticate';
import { HttpError } from '../server/http/http-error';

const executeBody = z.object({
  verb: z.string().min(1),
  data: z.record(z.string(), z.unknown()).default({}),
});

/** Local mode: the Activity feed over HTTP, for the tab's Activity panel (behind sign-in). */
export function activityRoutes(feed: ActivityFeed): Router {
  const router = express.Router();
  router.use(express.json({ limit: '64kb' }));

  router.get('/', async (_req, res) => {
    const caller = callerOf(res);
    const body: ActivityResponse = { items: await feed.list(caller.staff.id) };
    res.json(body);
  });

  router.post('/:rowId/execute', async (req, res) => {
    const caller = callerOf(res);
    const body = executeBody.safeParse(req.body);
    if (!body.success) {
      throw new HttpError(400, 'invalid', 'A card action needs a verb and its data.');
    }
    const result = await feed.execute(
      { oid: caller.oid, staffId: caller.staff.id },
      req.params['rowId'],
      body.data.verb,
      body.data.data,
    );
    if (result === null) {
      throw new HttpError(404, 'not-found', 'That card was not found in your activity.');
    }
    res.json(result);
  });

  return router;
}
