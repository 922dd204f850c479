import { canViewModeration } from '../../domain/access/moderation-access';
import { forbidden, notFound, type DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/records/actor';
import { fail, ok, type Result } from '../../domain/result';
import { canViewAction, type ActionRecords } from '../actions/action-records';
import { canViewAudit, latestModeration, type AuditRecords } from '../audits/audit-records';
import type { Services } from '../services';

interface Reader<A> {
  readonly what: 'audit' | 'action';
  load(services: Services, id: string): Promise<A | null>;
  visible(actor: Actor, records: A): boolean;
}

async function readRecord<A>(
  services: Services,
  reader: Reader<A>,
  who: { readonly oid: string; readonly actor: Actor },
  id: string,
): Promise<Result<A>> {
  const ref = `${reader.what}:${id}`;
  const records = await reader.load(services, id);
  if (records === null) return fail(notFound(`That ${reader.what} was not found.`));
  if (!reader.visible(who.actor, records)) {
    services.auditLog.denied(who.oid, `${reader.what}.read`, ref);
    const refusal: DomainError = forbidden(`You cannot see this ${reader.what}.`);
    return fail(refusal);
  }
  services.auditLog.read(who.oid, `${reader.what}.read`, ref);
  return ok(records);
}

/** The audit, its moderation and actions, from the read model: no Graph read of their own. */
async function auditFromModel(services: Services, id: string): Promise<AuditRecords | null> {
  const model = await services.readModel.fresh();
  const audit = model.get('audits', id);
  if (audit === undefined) return null;
  const moderation = latestModeration(
    model.records('moderations').filter((m) => m.record.auditId === id),
  );
  const actions = model.records('actions').filter((a) => a.record.auditId === id);
  return { audit, moderation, actions };
}

async function actionFromModel(services: Services, id: string): Promise<ActionRecords | null> {
  const model = await services.readModel.fresh();
  const action = model.get('actions', id);
  if (action === undefined) return null;
  return { action, audit: model.get('audits', action.record.auditId) ?? null };
}

/** An audit with its moderation and actions, for someone who may see it; the read is logged. */
export const readAudit = (
  services: Services,
  who: { readonly oid: string; readonly actor: Actor },
  id: string,
): Promise<Result<AuditRecords>> =>
  readRecord(services, { what: 'audit', load: auditFromModel, visible: canViewAudit }, who, id);

/**
 * An audit with its moderation, for someone who may see the moderation (the audit and its
 * grade); the read is logged.
 */
export const readModeration = (
  services: Services,
  who: { readonly oid: string; readonly actor: Actor },
  auditId: string,
): Promise<Result<AuditRecords>> =>
  readRecord(
    services,
    {
      what: 'audit',
      load: auditFromModel,
      visible: (actor, records) => canViewModeration(actor, records.audit.record),
    },
    who,
    auditId,
  );

/** An action with its audit, for someone who may see it; the read is logged. */
export const readAction = (
  services: Services,
  who: { readonly oid: string; readonly actor: Actor },
  id: string,
): Promise<Result<ActionRecords>> =>
  readRecord(services, { what: 'action', load: actionFromModel, visible: canViewAction }, who, id);
