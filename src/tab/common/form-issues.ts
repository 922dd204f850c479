import { CASE_NUMBER_PATTERN, LIMITS } from '../../domain/validation/limits';
import { ApiRequestError } from '../api/api-error';

/** Issues by field name: what the tab checks before sending, or what the server answered. */
export type FieldIssues = Readonly<Record<string, string>>;

/** A Fluent Field's error props for one field's issue, or none. */
export const fieldError = (message: string | undefined) =>
  message === undefined ? {} : { validationMessage: message, validationState: 'error' as const };

const sentence = (message: string): string =>
  message === '' ? message : `${message.charAt(0).toUpperCase()}${message.slice(1)}`;

/** Several issues on one field, one after the other, each its own sentence. */
const together = (messages: readonly string[]): string =>
  messages.length === 1
    ? sentence(messages[0] ?? '')
    : messages.map((m) => (/[.!?]$/.test(m) ? sentence(m) : `${sentence(m)}.`)).join(' ');

/**
 * The server's per-field issues from a failed write (a 400 `invalid`), ready for each Field;
 * a field with more than one issue shows them all.
 */
export const serverIssues = (error: unknown): FieldIssues => {
  if (!(error instanceof ApiRequestError)) return {};
  const byField = new Map<string, string[]>();
  for (const { field, message } of error.issues) {
    byField.set(field, [...(byField.get(field) ?? []), message]);
  }
  return Object.fromEntries([...byField].map(([field, messages]) => [field, together(messages)]));
};

/** The case number and the text limits exactly as the server's schemas accept them. */
export const CASE_NUMBER = CASE_NUMBER_PATTERN;
export const LONG_TEXT = LIMITS.long;
