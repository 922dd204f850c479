import type { ApiError, ApiErrorCode, ApiIssue } from '../../contract/errors';

/** Failures the tab tells apart: the API's own codes, plus the network being unreachable. */
export type TabErrorCode = ApiErrorCode | 'network';

/** The one error type every API call rejects with. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    readonly status: number,
    readonly code: TabErrorCode,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
    readonly currentVersion: string | null = null,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isIssue = (value: unknown): value is ApiIssue =>
  isRecord(value) && typeof value['field'] === 'string' && typeof value['message'] === 'string';

/** Reads the API's `{ error: … }` body; anything else becomes a plain error for its status. */
export const toApiRequestError = (status: number, body: unknown): ApiRequestError => {
  const error: unknown = isRecord(body) ? body['error'] : undefined;
  if (!isRecord(error) || typeof error['code'] !== 'string') {
    return new ApiRequestError(
      status,
      status >= 500 ? 'internal' : 'bad-request',
      fallback(status),
    );
  }
  const shaped = error as unknown as ApiError['error'];
  const issues = Array.isArray(error['issues']) ? error['issues'].filter(isIssue) : [];
  return new ApiRequestError(
    status,
    shaped.code,
    typeof shaped.message === 'string' ? shaped.message : fallback(status),
    issues,
    typeof shaped.currentVersion === 'string' ? shaped.currentVersion : null,
    typeof shaped.retryAfterMs === 'number' ? shaped.retryAfterMs : null,
  );
};

const fallback = (status: number): string =>
  status >= 500 ? 'Something went wrong on our side.' : `The request failed (${status}).`;

/** Plain words for any failure, for error states. */
export const describeError = (error: unknown): string => {
  if (error instanceof ApiRequestError) {
    switch (error.code) {
      case 'network':
        return 'Audit Loop could not be reached. Check your connection and try again.';
      case 'throttled':
      case 'unavailable':
        return `${error.message} (SharePoint is busy.)`;
      default:
        return error.message;
    }
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
};

export const isConflict = (error: unknown): error is ApiRequestError =>
  error instanceof ApiRequestError && error.code === 'conflict';
