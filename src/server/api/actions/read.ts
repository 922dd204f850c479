import { Router } from 'express';
import { z } from 'zod';
import { ACTION_STATES } from '../../../domain/records/action';
import type { ActionDetailResponse, ActionListResponse } from '../../../contract/actions';
import { ACTION_SCOPES } from '../../../contract/actions';
import { callerOf } from '../../http/authenticate';
import { fromCommandError, notFound } from '../../http/http-error';
import { readAction } from '../../../app/queries/read-record';
import { partiesOfAction } from '../../../app/actions/action-records';
import type { Services } from '../../../app/services';
import { actionDto, actionDtos } from '../dto/action-dto';
import { refuse, timeOf } from '../guard';
import { idParam, pageQuerySchema, parseQuery } from '../parse';
import { actionList, partiesFrom } from '../../../app/queries/action-lists';

const listQuery = z.strictObject({
  scope: z.enum(ACTION_SCOPES).optional(),
  state: z.enum(ACTION_STATES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  ...pageQuerySchema,
});

export function actionReadRoutes(services: Services): Router {
  const router = Router();

  /** One page of the actions in a scope, sorted and filtered on the server (the read model). */
  router.get('/actions', async (req, res) => {
    const caller = callerOf(res);
    const query = parseQuery(req, listQuery);
    const scope = query.scope ?? 'mine';
    const { today } = timeOf(services);
    const page = await actionList(
      services,
      caller.actor,
      { ...query, scope, overdue: query.overdue === 'true' },
      today,
    );
    if (!page.ok) throw refuse(services, caller, `actions:${scope}`, page.error);
    const parties = partiesFrom(services.readModel);
    const body: ActionListResponse = {
      ...page.value,
      items: actionDtos(caller.actor, services.directory, page.value.items, parties),
    };
    res.json(body);
  });

  router.get('/actions/:id', async (req, res) => {
    const caller = callerOf(res);
    const parsed = idParam.safeParse(req.params['id']);
    if (!parsed.success) throw notFound('Action');
    const read = await readAction(services, caller, parsed.data);
    if (!read.ok) throw fromCommandError(read.error, 'Action');
    const dto = actionDto(
      caller.actor,
      services.directory,
      read.value.action,
      partiesOfAction(read.value),
    );
    if (dto === null) throw notFound('Action');
    const body: ActionDetailResponse = { action: dto };
    res.json(body);
  });

  return router;
}
