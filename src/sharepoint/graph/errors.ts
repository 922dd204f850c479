import { parseRetryAfter } from '../../platform/backoff';
import { StoreError, type StoreErrorReason } from '../../domain/ports';

/** One Graph response, as the wrapper sees it (headers in lower case). */
export interface GraphResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/**
 * A failed Graph request: a StoreError (so callers switch on `reason`) that also keeps the HTTP
 * status and Graph's error code for the wrapper's own decisions (resync on 410, idempotent
 * create on a uniqueness 409, an unindexed-column 400).
 */
export class GraphRequestError extends StoreError {
  constructor(
    reason: StoreErrorReason,
    message: string,
    readonly status: number,
    readonly graphCode: string,
    retryAfterMs: number | null = null,
  ) {
    super(reason, message, null, retryAfterMs);
  }
}

export function reasonFor(status: number): StoreErrorReason {
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'throttled';
  // 401/403: the app lost its grant on the site; nothing the caller can fix by changing input.
  if (status === 401 || status === 403 || status >= 500 || status < 0) return 'unavailable';
  return 'invalid';
}

/** Graph errors are `{ error: { code, message } }`; anything else is described by its status. */
function describe(body: unknown): { code: string; message: string } {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = body.error;
    if (typeof error === 'object' && error !== null) {
      const { code, message } = error as { code?: unknown; message?: unknown };
      return {
        code: typeof code === 'string' ? code : '',
        message: typeof message === 'string' ? message : '',
      };
    }
  }
  return { code: '', message: '' };
}

/** A response's `Retry-After` in milliseconds from `now` (one parser: src/platform/backoff). */
export const retryAfterMs = (headers: Readonly<Record<string, string>>, now = Date.now()) =>
  parseRetryAfter(headers['retry-after'], now);

/** The one error check every response goes through: success passes, anything else throws. */
export function checkResponse(response: GraphResponse, what: string): GraphResponse {
  if (response.status >= 200 && response.status < 300) return response;
  throw toError(response, what);
}

export function toError(response: GraphResponse, what: string): GraphRequestError {
  const { code, message } = describe(response.body);
  const text = `${what}: ${String(response.status)}${code ? ` ${code}` : ''}${message ? ` — ${message}` : ''}`;
  return new GraphRequestError(
    reasonFor(response.status),
    text,
    response.status,
    code,
    retryAfterMs(response.headers),
  );
}

/** Statuses worth trying again: throttling and a service that is briefly unavailable. */
export const isTransient = (status: number): boolean =>
  status === 429 || status === 503 || status === 504 || status < 0;
