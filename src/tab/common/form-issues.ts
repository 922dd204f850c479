import { CASE_NUMBER_PATTERN, LIMITS } from '../../domain/validation/limits';
import { ApiRequestError } from '../api/api-error';

/** Issues by field name: what the tab checks before sending, or what the server answered. */
export type FieldIssues = Readonly<Record<string, string>>;

/** A Fluent Field's error props for one field's issue, or none. */
export const fieldError = (message: string | undefined) =>
  message === undefined ? {} : { validationMessage: message, validationState: 'error' as const };

const sentence = (message: string): string =>
  message === '' ? message : `${message.charAt(0).toUpperCase()}${message.slice(1)}`;

/** The server's per-field issues from a failed write (a 400 `invalid`), ready for each Field. */
export const serverIssues = (error: unknown): FieldIssues =>
  error instanceof ApiRequestError
    ? Object.fromEntries(error.issues.map((issue) => [issue.field, sentence(issue.message)]))
    : {};

/** The case number and the text limits exactly as the server's schemas accept them. */
export const CASE_NUMBER = CASE_NUMBER_PATTERN;
export const LONG_TEXT = LIMITS.long;
