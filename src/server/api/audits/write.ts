import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import { can } from '../../../domain/access/can';
import { relationsTo } from '../../../domain/access/relations';
import { TRANSITION_LABELS } from '../../../domain/access/transitions';
import type { DomainEvent } from '../../../domain/events/domain-event';
import type { Change } from '../../../domain/ports/store';
import type { Versioned } from '../../../domain/ports/versioned';
import type { Action } from '../../../domain/records/action';
import type { Audit } from '../../../domain/records/audit';
import type { Moderation } from '../../../domain/records/moderation';
import type { Result } from '../../../domain/result';
import type { AuditEndpoint } from '../../../contract/routes';
import type { AuditTransition } from '../../../contract/audits';
import { changedFields } from '../../../app/audit-log/changed-fields';
import type { Caller } from '../../http/authenticate';
import { callerOf } from '../../http/authenticate';
import { notFound } from '../../http/http-error';
import type { Services } from '../../../app/services';
import { deny, refuse, timeOf } from '../guard';
import { idParam, parseVersionedBody } from '../parse';
import { checkVersion } from '../version';
import type { AuditRelated } from './load';
import { detailResponse, loadRelated, readVisibleAudit } from './load';

export interface AuditWriteContext<I> {
  readonly services: Services;
  readonly caller: Caller;
  readonly audit: Audit;
  readonly related: AuditRelated;
  readonly input: I;
  readonly now: string;
}

/** What a transition changes: the audit, perhaps its moderation, perhaps new actions. */
export interface AuditOutcome {
  readonly audit: Audit;
  readonly moderation?: Moderation;
  readonly newActions?: readonly Action[];
  readonly events: readonly DomainEvent[];
}

export interface AuditWrite<S extends z.ZodType> {
  readonly endpoint: AuditEndpoint;
  readonly transition: AuditTransition;
  readonly schema: S;
  apply(context: AuditWriteContext<z.output<S>>): Promise<Result<AuditOutcome>>;
}

const moderationChange = (m: Moderation, existing: Versioned<Moderation> | null): Change =>
  existing === null || existing.record.id !== m.id
    ? { kind: 'moderations', op: 'create', record: m }
    : { kind: 'moderations', op: 'update', record: m, expectedVersion: existing.version };

/**
 * One audit write, in the order every write follows: parse the body (400), re-read the audit
 * (404), may the caller see it and make this transition (403, noted), is their version current
 * (409 with currentVersion), the pure transition (domain errors), then the audit, moderation,
 * new actions and the Audit log entry in one `saveAll` (the eTag decides a race), then the events.
 */
export function auditWriteHandler<S extends z.ZodType>(services: Services, write: AuditWrite<S>) {
  return async (req: Request, res: Response): Promise<void> => {
    const caller = callerOf(res);
    const { version, input } = parseVersionedBody(req, write.schema);
    const parsedId = idParam.safeParse(req.params['id']);
    if (!parsedId.success) throw notFound('Audit');
    const ref = `audit:${parsedId.data}`;
    const current = await readVisibleAudit(services, caller, parsedId.data);
    if (!can(caller.actor, write.transition, relationsTo(caller.actor, current.record))) {
      throw deny(services, caller, ref, `You cannot ${TRANSITION_LABELS[write.transition]}.`);
    }
    checkVersion(current, version);
    const related = await loadRelated(services, current.record.id);
    const { now } = timeOf(services);
    const context = { services, caller, audit: current.record, related, input, now };
    const result = await write.apply(context);
    if (!result.ok) throw refuse(services, caller, ref, result.error);
    const outcome = result.value;
    const fields = [
      ...changedFields(current.record, outcome.audit),
      ...(outcome.moderation === undefined
        ? []
        : changedFields(related.moderation?.record ?? {}, outcome.moderation).map(
            (f) => `moderation.${f}`,
          )),
      ...(outcome.newActions !== undefined && outcome.newActions.length > 0 ? ['actions'] : []),
    ];
    const changes: Change[] = [
      { kind: 'audits', op: 'update', record: outcome.audit, expectedVersion: version },
      ...(outcome.moderation === undefined
        ? []
        : [moderationChange(outcome.moderation, related.moderation)]),
      ...(outcome.newActions ?? []).map((record): Change => ({
        kind: 'actions',
        op: 'create',
        record,
      })),
      services.auditLog.entryFor({
        actorOid: caller.oid,
        action: `audit.${write.endpoint}`,
        record: ref,
        changedFields: fields,
      }),
    ];
    const saved = await services.store.saveAll(changes);
    await services.notifications.publish(outcome.events);
    const savedAudit = saved[0] as Versioned<Audit>;
    const savedModeration =
      outcome.moderation === undefined ? related.moderation : (saved[1] as Versioned<Moderation>);
    const createdActions = saved.flatMap((v, i) =>
      changes[i]?.kind === 'actions' ? [v as Versioned<Action>] : [],
    );
    res.json(
      detailResponse(caller.actor, services, savedAudit, {
        moderation: savedModeration,
        actions: [...related.actions, ...createdActions],
      }),
    );
  };
}

/** Mounts an audit write on its path (`PUT draft`, every other one a POST). */
export function mountAuditWrite<S extends z.ZodType>(
  router: Router,
  services: Services,
  write: AuditWrite<S>,
): void {
  const path = `/audits/:id/${write.endpoint}`;
  const handler = auditWriteHandler(services, write);
  if (write.endpoint === 'draft') router.put(path, handler);
  else router.post(path, handler);
}
