import type { EmuRequest, EmuResponse } from './exchange.js';

/**
 * A Graph error. The body follows https://learn.microsoft.com/en-us/graph/errors:
 * `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`.
 */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export const invalidRequest = (message: string) => new GraphError(400, 'invalidRequest', message);
export const notFound = (message = 'The resource could not be found.') =>
  new GraphError(404, 'itemNotFound', message);

export function errorResponse(error: GraphError, req: Pick<EmuRequest, 'headers' | 'requestId'>) {
  return {
    status: error.status,
    headers: { ...error.headers },
    body: errorBody(error.code, error.message, req),
  } satisfies EmuResponse;
}

export function errorBody(
  code: string,
  message: string,
  req: Pick<EmuRequest, 'headers' | 'requestId'>,
) {
  return {
    error: {
      code,
      message,
      innerError: {
        date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
        'request-id': req.requestId,
        'client-request-id': req.headers['client-request-id'] ?? req.requestId,
      },
    },
  };
}
