import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import type { Versioned } from '../../../domain/ports/versioned';
import type { FeedbackEntry } from '../../../domain/records/feedback';
import { FEEDBACK_SOURCES } from '../../../domain/records/feedback';
import { id } from '../../../domain/validation/primitives';
import { feedbackEntrySchema } from '../../../domain/validation/register-inputs';
import type {
  FeedbackDto,
  FeedbackListResponse,
  FeedbackResponse,
} from '../../../contract/registers';
import { callerOf } from '../../http/authenticate';
import type { Services } from '../../../app/services';
import { namesOf } from '../dto/names';
import { timeOf } from '../guard';
import { parseBody, parseQuery } from '../parse';
import { reachOf, recordingReach } from './reach';

const feedbackQuery = z.strictObject({
  serviceAreaId: id.optional(),
  teamId: id.optional(),
  source: z.enum(FEEDBACK_SOURCES).optional(),
});

const dto = (services: Services, v: Versioned<FeedbackEntry>): FeedbackDto => ({
  record: v.record,
  version: v.version,
  flags: v.flags,
  names: namesOf(services.directory, [v.record.recordedById], {
    teamIds: [v.record.teamId],
    serviceAreaIds: [v.record.serviceAreaId],
  }),
  allowed: [],
});

/** The feedback register. Reads filter on indexed ServiceAreaId, TeamId and Source. */
export function feedbackRoutes(services: Services): Router {
  const router = Router();

  router.get('/feedback', async (req, res) => {
    const caller = callerOf(res);
    const query = parseQuery(req, feedbackQuery);
    const reach = reachOf(services, caller, query, 'feedback');
    const entries = await services.store.repo('feedback').list({
      where: { ...reach, source: query.source },
    });
    const body: FeedbackListResponse = {
      items: entries
        .map((e) => dto(services, e))
        .sort((a, b) => b.record.receivedOn.localeCompare(a.record.receivedOn)),
    };
    res.json(body);
  });

  router.post('/feedback', async (req, res) => {
    const caller = callerOf(res);
    const input = parseBody(req, feedbackEntrySchema);
    recordingReach(services, caller, input, 'feedback', timeOf(services).today, {
      field: 'receivedOn',
      value: input.receivedOn,
    });
    const entry: FeedbackEntry = {
      ...input,
      id: `FB-${randomUUID().slice(0, 12)}`,
      recordedById: caller.actor.id,
    };
    const [saved] = await services.store.saveAll([
      { kind: 'feedback', op: 'create', record: entry },
      services.auditLog.entryFor({
        actorOid: caller.oid,
        action: 'feedback.create',
        record: `feedback:${entry.id}`,
        changedFields: Object.keys(entry).sort(),
      }),
    ]);
    const body: FeedbackResponse = { entry: dto(services, saved as Versioned<FeedbackEntry>) };
    res.status(201).json(body);
  });

  return router;
}
