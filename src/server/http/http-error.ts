import type { DomainError, FieldIssue } from '../../domain/errors';
import { StoreError } from '../../domain/ports';
import type { CommandError } from '../../app/commands/command';

/** The one error type the edge sends to clients: a status, a code, a message, field issues. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** Domain refusals map to HTTP statuses here, and only here (STYLE.md habit 5). */
export function fromDomainError(error: DomainError): HttpError {
  switch (error.reason) {
    case 'forbidden':
      return new HttpError(403, 'forbidden', error.message);
    case 'invalid-state':
      return new HttpError(409, 'invalid-state', error.message);
    case 'invalid':
      return new HttpError(400, 'invalid', error.message, error.issues);
    case 'not-found':
      return new HttpError(404, 'not-found', error.message);
    case 'conflict':
      return new HttpError(409, 'conflict', error.message);
  }
}

/** A command's refusal; a version conflict carries the version now stored. */
export function fromCommandError(error: CommandError, noun: string): HttpError {
  if (error.reason === 'not-found') return notFound(noun);
  if (error.reason === 'conflict') {
    return new HttpError(409, 'conflict', error.message, error.issues, {
      currentVersion: error.currentVersion ?? null,
    });
  }
  return fromDomainError(error);
}

export function fromStoreError(error: StoreError): HttpError {
  switch (error.reason) {
    case 'conflict':
      return new HttpError(
        409,
        'conflict',
        'This record has changed since you opened it. Reload to see the changes, then try again.',
        [],
        { currentVersion: error.currentVersion },
      );
    case 'not-found':
      return new HttpError(404, 'not-found', 'Not found.');
    case 'throttled':
      return new HttpError(503, 'throttled', 'SharePoint is busy. Try again in a moment.', [], {
        retryAfterMs: error.retryAfterMs,
      });
    case 'unavailable':
      return new HttpError(503, 'unavailable', 'SharePoint is unavailable. Try again shortly.');
    case 'invalid':
      return new HttpError(400, 'invalid', error.message);
    case 'duplicate':
      return new HttpError(
        409,
        'duplicate',
        'A record with the same reference already exists for something else. Nothing was saved.',
      );
  }
}

export const notFound = (what: string): HttpError =>
  new HttpError(404, 'not-found', `${what} not found.`);
export const denied = (reason: string): HttpError => new HttpError(403, 'forbidden', reason);
