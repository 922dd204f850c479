import { forbidden, notFound, type DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/records/actor';
import { fail, ok, type Result } from '../../domain/result';
import { canViewAction, loadActionRecords, type ActionRecords } from '../actions/action-records';
import { canViewAudit, loadAuditRecords, type AuditRecords } from '../audits/audit-records';
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

/** An audit with its moderation and actions, for someone who may see it; the read is logged. */
export const readAudit = (
  services: Services,
  who: { readonly oid: string; readonly actor: Actor },
  id: string,
): Promise<Result<AuditRecords>> =>
  readRecord(services, { what: 'audit', load: loadAuditRecords, visible: canViewAudit }, who, id);

/** An action with its audit, for someone who may see it; the read is logged. */
export const readAction = (
  services: Services,
  who: { readonly oid: string; readonly actor: Actor },
  id: string,
): Promise<Result<ActionRecords>> =>
  readRecord(
    services,
    { what: 'action', load: loadActionRecords, visible: canViewAction },
    who,
    id,
  );
