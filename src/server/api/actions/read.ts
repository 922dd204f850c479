import { Router } from 'express';
import { z } from 'zod';
import { addDays } from '../../../domain/calendar/calendar';
import type { Where } from '../../../domain/ports/store';
import type { Action } from '../../../domain/records/action';
import { ACTION_STATES } from '../../../domain/records/action';
import type { Audit } from '../../../domain/records/audit';
import type {
  ActionDetailResponse,
  ActionListResponse,
  ActionScope,
} from '../../../contract/actions';
import { ACTION_SCOPES } from '../../../contract/actions';
import type { Caller } from '../../http/authenticate';
import { callerOf } from '../../http/authenticate';
import { fromCommandError, notFound } from '../../http/http-error';
import { readAction } from '../../../app/queries/read-record';
import { partiesOfAction } from '../../../app/actions/action-records';
import type { Services } from '../../../app/services';
import { actionDto, actionDtos } from '../dto/action-dto';
import { deny, timeOf } from '../guard';
import { idParam, parseQuery } from '../parse';
import { isServiceWide } from '../scope';
import { isOpenAction } from '../../../domain/records/action';
import { auditPartiesOf } from './load';

const listQuery = z.strictObject({
  scope: z.enum(ACTION_SCOPES).optional(),
  state: z.enum(ACTION_STATES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

interface ScopeFilter {
  readonly actions: Where<Action>;
  /** The same filter on audits, to find the actions' workers in one query. */
  readonly audits?: Where<Audit>;
}

/** Indexed filters only: OwnerId, TeamId, ServiceAreaId, State and DueDate are indexed. */
function scopeFilter(services: Services, caller: Caller, scope: ActionScope): ScopeFilter {
  const { actor } = caller;
  const refuse = (why: string) => deny(services, caller, `actions:${scope}`, why);
  switch (scope) {
    case 'mine':
      return { actions: { ownerId: actor.id } };
    case 'team':
      if (actor.role !== 'TeamManager' || actor.teamId === null) {
        throw refuse("Only a team manager reads their team's actions.");
      }
      return { actions: { teamId: actor.teamId }, audits: { teamId: actor.teamId } };
    case 'service':
      if (actor.role !== 'HeadOfService' && !isServiceWide(actor.role)) {
        throw refuse("Only a head of service or a service-wide role reads a service's actions.");
      }
      // A service-wide role's service is the whole department.
      if (actor.serviceAreaId === null) return { actions: {}, audits: {} };
      return {
        actions: { serviceAreaId: actor.serviceAreaId },
        audits: { serviceAreaId: actor.serviceAreaId },
      };
    case 'all':
      if (!isServiceWide(actor.role)) {
        throw refuse('Only the QA lead, PSW, assistant director and director read every action.');
      }
      return { actions: {}, audits: {} };
  }
}

export function actionReadRoutes(services: Services): Router {
  const router = Router();

  router.get('/actions', async (req, res) => {
    const caller = callerOf(res);
    const query = parseQuery(req, listQuery);
    const filter = scopeFilter(services, caller, query.scope ?? 'mine');
    const { today } = timeOf(services);
    const overdue = query.overdue === 'true';
    const found = await services.store.repo('actions').list({
      where: { ...filter.actions, state: query.state },
      // Overdue: due before today (DueDate is indexed), then open or in progress.
      onOrBefore: overdue ? { field: 'dueDate', value: addDays(today, -1) } : undefined,
    });
    const actions = overdue ? found.filter((a) => isOpenAction(a.record)) : found;
    const partiesOfAudit = await auditPartiesOf(services, actions, filter.audits);
    const body: ActionListResponse = {
      items: actionDtos(caller.actor, services.directory, actions, partiesOfAudit).sort((a, b) =>
        a.record.dueDate.localeCompare(b.record.dueDate),
      ),
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
