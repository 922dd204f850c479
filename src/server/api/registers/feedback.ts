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
import { pageQuerySchema, parseQuery } from '../parse';
import { pageOf } from '../../../app/queries/page';
import { feedbackShape } from '../../../app/queries/register-lists';
import { mountCommand } from '../command-route';
import { notFound } from '../../http/http-error';
import { recordFeedbackCommand } from '../../../app/registers/register-commands';
import { fromModel } from '../../../app/queries/from-model';
import { reachOf } from '../scope';

const feedbackQuery = z.strictObject({
  serviceAreaId: id.optional(),
  teamId: id.optional(),
  source: z.enum(FEEDBACK_SOURCES).optional(),
  ...pageQuerySchema,
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
    const reach = reachOf(
      services,
      caller,
      { serviceAreaId: query.serviceAreaId, teamId: query.teamId },
      'feedback',
    );
    const entries = await fromModel(services, 'feedback', { ...reach, source: query.source });
    const page = pageOf(entries, query, feedbackShape(services));
    const body: FeedbackListResponse = {
      ...page,
      items: page.items.map((e) => dto(services, e)),
    };
    res.json(body);
  });

  mountCommand(router, services, {
    method: 'post',
    path: '/feedback',
    command: recordFeedbackCommand,
    schema: feedbackEntrySchema,
    versioned: false,
    noun: 'Feedback',
    status: 201,
    respond: (_caller, made): FeedbackResponse => {
      if (made.created === null) throw notFound('Feedback');
      return { entry: dto(services, made.created) };
    },
  });

  return router;
}
