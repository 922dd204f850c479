import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import { can } from '../../../domain/access/can';
import { canView } from '../../../domain/access/can-view';
import { partiesOf, relationsTo } from '../../../domain/access/relations';
import { TRANSITION_LABELS } from '../../../domain/access/transitions';
import type { DomainEvent } from '../../../domain/events/domain-event';
import { closeAuditIfDone } from '../../../domain/lifecycle/audit-close';
import type { Change } from '../../../domain/ports/store';
import type { Versioned } from '../../../domain/ports/versioned';
import type { Action } from '../../../domain/records/action';
import type { Actor } from '../../../domain/records/actor';
import { SYSTEM_ACTOR_ID } from '../../../domain/records/actor';
import type { Audit } from '../../../domain/records/audit';
import type { ActionTransition } from '../../../contract/audits';
import type { ActionDetailResponse } from '../../../contract/actions';
import type { ActionEndpoint } from '../../../contract/routes';
import type { Result } from '../../../domain/result';
import type { Transition } from '../../../domain/lifecycle/transition';
import type { ActionParties } from '../../../domain/access/relations';
import { changedFields } from '../../../app/audit-log/changed-fields';
import { callerOf } from '../../http/authenticate';
import type { Caller } from '../../http/authenticate';
import { notFound } from '../../http/http-error';
import type { Services } from '../../../app/services';
import { actionDto } from '../dto/action-dto';
import { deny, refuse, timeOf } from '../guard';
import { idParam, parseVersionedBody } from '../parse';
import { checkVersion } from '../version';

export interface ActionWrite<S extends z.ZodType<object>> {
  readonly endpoint: ActionEndpoint;
  readonly transition: ActionTransition;
  readonly schema: S;
  /** Whether a finished action may close its audit (closure approved, not completed). */
  readonly mayCloseAudit?: boolean;
  apply(
    action: Action,
    actor: Actor,
    input: z.output<S> & { now: string },
    parties: ActionParties,
  ): Result<Transition<Action>>;
}

const SYSTEM: Actor = { id: SYSTEM_ACTOR_ID, role: 'QALead', teamId: null, serviceAreaId: null };

/**
 * Once an action's loop is closed, the server (as the system actor) moves its audit on: to
 * Closed when none of its actions is still open. Read with one indexed query (AuditId).
 */
async function auditClosure(
  services: Services,
  audit: Versioned<Audit>,
  next: Action,
  now: string,
): Promise<{ changes: Change[]; events: readonly DomainEvent[] }> {
  const siblings = await services.store
    .repo('actions')
    .list({ where: { auditId: audit.record.id } });
  const actions = siblings.map((a) => (a.record.id === next.id ? next : a.record));
  const closed = closeAuditIfDone(audit.record, SYSTEM, { actions, now });
  if (!closed.ok || closed.value.next.state !== 'Closed') return { changes: [], events: [] };
  return {
    changes: [
      { kind: 'audits', op: 'update', record: closed.value.next, expectedVersion: audit.version },
    ],
    events: closed.value.events,
  };
}

/** One action write, in the same order as an audit write (see audits/write.ts). */
export function actionWriteHandler<S extends z.ZodType<object>>(
  services: Services,
  write: ActionWrite<S>,
) {
  return async (req: Request, res: Response): Promise<void> => {
    const caller: Caller = callerOf(res);
    const { version, input } = parseVersionedBody(req, write.schema);
    const parsedId = idParam.safeParse(req.params['id']);
    if (!parsedId.success) throw notFound('Action');
    const ref = `action:${parsedId.data}`;
    const action = await services.store.repo('actions').get(parsedId.data);
    if (action === null) throw notFound('Action');
    const audit = await services.store.repo('audits').get(action.record.auditId);
    const parties = partiesOf(audit?.record);
    const relations = relationsTo(caller.actor, action.record, parties);
    if (!canView(caller.actor, action.record, parties)) {
      throw deny(services, caller, ref, 'You cannot see this action.');
    }
    if (!can(caller.actor, write.transition, relations)) {
      throw deny(services, caller, ref, `You cannot ${TRANSITION_LABELS[write.transition]}.`);
    }
    checkVersion(action, version);
    const { now } = timeOf(services);
    const result = write.apply(action.record, caller.actor, { ...input, now }, parties);
    if (!result.ok) throw refuse(services, caller, ref, result.error);
    const { next, events } = result.value;
    const closure =
      write.mayCloseAudit === true && audit !== null
        ? await auditClosure(services, audit, next, now)
        : { changes: [], events: [] };
    const saved = await services.store.saveAll([
      { kind: 'actions', op: 'update', record: next, expectedVersion: version },
      ...closure.changes,
      services.auditLog.entryFor({
        actorOid: caller.oid,
        action: `action.${write.endpoint}`,
        record: ref,
        changedFields: changedFields(action.record, next),
      }),
    ]);
    await services.notifications.publish([...events, ...closure.events]);
    const dto = actionDto(caller.actor, services.directory, saved[0] as Versioned<Action>, parties);
    if (dto === null) throw notFound('Action');
    const body: ActionDetailResponse = { action: dto };
    res.json(body);
  };
}

export function mountActionWrite<S extends z.ZodType<object>>(
  router: Router,
  services: Services,
  write: ActionWrite<S>,
): void {
  router.post(`/actions/:id/${write.endpoint}`, actionWriteHandler(services, write));
}
