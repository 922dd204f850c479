import express, { type Router } from 'express';
import { z } from 'zod';
import type { AdaptiveCard } from '../../cards';
import { callerOf } from '../../server/http/authenticate';
import { HttpError } from '../../server/http/http-error';
import type { Services } from '../../app/services';
import { runCardAction } from '../actions/run-card-action';
import { buildNoticeCard, noticePreview, readNoticeModel } from '../outbox/notice-model';

const executeBody = z.object({
  verb: z.string().min(1),
  data: z.record(z.string(), z.unknown()).default({}),
});

export interface ActivityItem {
  readonly id: string;
  readonly sentAt: string;
  readonly summary: string;
  readonly card: AdaptiveCard;
}

/**
 * The local Activity feed (local mode's stand-in for Teams chat): the signed-in person's cards,
 * newest first, from the outbox rows sent to them; and their card actions, run through the
 * same handlers as the bot. Mount at `/api/activity`, behind authentication.
 */
export function activityFeedRouter(services: Services): Router {
  /** Cards as updated by an action, until the process restarts (then rebuilt from the row). */
  const updated = new Map<string, AdaptiveCard>();
  const router = express.Router();
  router.use(express.json({ limit: '64kb' }));

  router.get('/', async (_req, res) => {
    const caller = callerOf(res);
    const rows = await services.store
      .repo('outbox')
      .list({ where: { recipientId: caller.staff.id } });
    const items: ActivityItem[] = rows
      .map((r) => r.record)
      .filter((r) => r.status === 'Sent')
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .slice(0, 100)
      .flatMap((row) => {
        const model = readNoticeModel(row.payload);
        if (model === null) return [];
        const card = updated.get(row.id) ?? buildNoticeCard(model);
        return [{ id: row.id, sentAt: row.createdAt, summary: noticePreview(model).summary, card }];
      });
    res.json({ items });
  });

  router.post('/:rowId/execute', async (req, res) => {
    const caller = callerOf(res);
    const body = executeBody.safeParse(req.body);
    if (!body.success)
      throw new HttpError(400, 'invalid', 'A card action needs a verb and its data.');
    const row = await services.store.repo('outbox').get(req.params['rowId']);
    if (row === null || row.record.recipientId !== caller.staff.id) {
      throw new HttpError(404, 'not-found', 'That card was not found in your activity.');
    }
    const result = await runCardAction(services, caller.oid, body.data.verb, body.data.data);
    if (result.outcome !== 'refused') updated.set(row.record.id, result.card);
    res.json(result);
  });

  return router;
}
