import type { ErrorRequestHandler } from 'express';
import { StoreError } from '../../domain/ports';
import { HttpError, fromStoreError } from './http-error';
import type { Logger } from '../../app/logger';

interface BodyParserError {
  readonly type: string;
  readonly status: number;
}

const isBodyParserError = (e: unknown): e is BodyParserError =>
  typeof e === 'object' && e !== null && 'type' in e && 'status' in e;

/** Turns every failure into a JSON answer; bad input is always a 4xx, never a 5xx. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const http = toHttpError(error);
    if (http.status >= 500) {
      logger.error('request failed', {
        method: req.method,
        path: req.path,
        error: describe(error),
      });
    }
    if (http.status === 503 && typeof http.extra['retryAfterMs'] === 'number') {
      res.setHeader('Retry-After', String(Math.ceil(http.extra['retryAfterMs'] / 1000)));
    }
    res.status(http.status).json({
      error: { code: http.code, message: http.message, issues: http.issues, ...http.extra },
    });
  };
}

function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof StoreError) return fromStoreError(error);
  if (isBodyParserError(error)) {
    if (error.type === 'entity.too.large') {
      return new HttpError(413, 'too-large', 'The request body is too large.');
    }
    if (error.type === 'entity.parse.failed') {
      return new HttpError(400, 'malformed-json', 'The request body is not valid JSON.');
    }
    return new HttpError(400, 'bad-request', `The request body could not be read (${error.type}).`);
  }
  return new HttpError(500, 'internal', 'Something went wrong on our side.');
}

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown';
