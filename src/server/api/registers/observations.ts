import { Router } from 'express';
import { z } from 'zod';
import type { Versioned } from '../../../domain/ports/versioned';
import type { Observation } from '../../../domain/records/observation';
import { id } from '../../../domain/validation/primitives';
import { observationSchema } from '../../../domain/validation/register-inputs';
import type {
  ObservationDto,
  ObservationListResponse,
  ObservationResponse,
} from '../../../contract/registers';
import { callerOf } from '../../http/authenticate';
import type { Services } from '../../../app/services';
import { namesOf } from '../dto/names';
import { deny } from '../guard';
import { pageQuerySchema, parseQuery } from '../parse';
import { pageOf } from '../../../app/queries/page';
import { observationShape } from '../../../app/queries/register-lists';
import { mountCommand } from '../command-route';
import { notFound } from '../../http/http-error';
import { recordObservationCommand } from '../../../app/registers/register-commands';
import { fromModel } from '../../../app/queries/from-model';
import { reachOf } from '../scope';

const observationQuery = z.strictObject({
  teamId: id.optional(),
  practitionerId: id.optional(),
  ...pageQuerySchema,
});

const dto = (services: Services, v: Versioned<Observation>): ObservationDto => ({
  record: v.record,
  version: v.version,
  flags: v.flags,
  names: namesOf(services.directory, [v.record.observerId, v.record.practitionerId], {
    teamIds: [v.record.teamId],
    serviceAreaIds: [v.record.serviceAreaId],
  }),
  allowed: [],
});

/**
 * Observations of practice. A practitioner reads their own; managers and the QA team read
 * within their reach. Filters on indexed PractitionerId, TeamId and ServiceAreaId.
 */
export function observationRoutes(services: Services): Router {
  const router = Router();

  router.get('/observations', async (req, res) => {
    const caller = callerOf(res);
    const query = parseQuery(req, observationQuery);
    const { actor } = caller;
    let where: Partial<Record<'serviceAreaId' | 'teamId' | 'practitionerId', string>>;
    if (actor.role === 'Practitioner') {
      const asksOther = query.practitionerId !== undefined && query.practitionerId !== actor.id;
      if (asksOther || query.teamId !== undefined) {
        throw deny(
          services,
          caller,
          'observations',
          'A practitioner reads their own observations only.',
        );
      }
      where = { practitionerId: actor.id };
    } else {
      const reach = reachOf(services, caller, { teamId: query.teamId }, 'observations');
      where = { ...reach, practitionerId: query.practitionerId };
    }
    const found = await fromModel(services, 'observations', where);
    const page = pageOf(found, query, observationShape(services));
    const body: ObservationListResponse = {
      ...page,
      items: page.items.map((o) => dto(services, o)),
    };
    res.json(body);
  });

  mountCommand(router, services, {
    method: 'post',
    path: '/observations',
    command: recordObservationCommand,
    schema: observationSchema,
    versioned: false,
    noun: 'Observation',
    status: 201,
    respond: (_caller, made): ObservationResponse => {
      if (made.created === null) throw notFound('Observation');
      return { observation: dto(services, made.created) };
    },
  });

  return router;
}
