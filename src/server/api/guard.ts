import type { DomainError } from '../../domain/errors';
import type { Caller } from '../http/authenticate';
import { HttpError, fromDomainError } from '../http/http-error';
import type { Services } from '../../app/services';

/**
 * A refusal: 403 with the reason, noted in the Audit log as 'access.denied' against the record
 * reference (never a name or a value).
 */
export function deny(
  services: Services,
  caller: Caller,
  record: string,
  reason: string,
): HttpError {
  services.auditLog.denied(caller.oid, 'access.denied', record);
  return new HttpError(403, 'forbidden', reason);
}

/** A domain refusal as an HTTP error; a 'forbidden' one is noted like any other denial. */
export function refuse(
  services: Services,
  caller: Caller,
  record: string,
  error: DomainError,
): HttpError {
  return error.reason === 'forbidden'
    ? deny(services, caller, record, error.message)
    : fromDomainError(error);
}

/** Today (ISO date) and now (ISO timestamp) from the services' clock. */
export function timeOf(services: Services): { now: string; today: string } {
  const now = services.clock.now().toISOString();
  return { now, today: now.slice(0, 10) };
}
