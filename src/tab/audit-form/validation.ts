import type { ApiIssue } from '../../contract/errors';
import type { ActionInput } from '../../contract/audits';
import { isIsoDate } from '../../domain/calendar/calendar';
import { LIMITS } from '../../domain/validation/limits';
import { applyDraft } from '../../domain/lifecycle/audit-draft';
import { submissionIssues } from '../../domain/lifecycle/submission-check';
import type { Audit } from '../../domain/records/audit';
import type { ActionRow, FieldPath, FormValues, Issues } from './audit-form.types';
import { draftOf, FIELD_PATHS } from './form-values';

/** The server's limits on long free text and on an action's description. */
export const LONG_TEXT = LIMITS.long;
export const NOTE_TEXT = LIMITS.note;

/** 'is required' → 'This is required'; 'grade this area' → 'Grade this area'. */
export const sentence = (message: string): string => {
  const text =
    message.startsWith('is ') || message.startsWith('must ') ? `This ${message}` : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
};

export const actionInputsOf = (rows: readonly ActionRow[]): ActionInput[] =>
  rows.map((row) => ({
    description: row.description.trim(),
    ownerId: row.ownerId,
    immediate: row.immediate,
    ...(row.timescaleDays === '' ? {} : { timescaleDays: Number(row.timescaleDays) }),
  }));

/** Checks that hold for a draft as much as for a submission: lengths and dates. */
const formatIssues = (values: FormValues, rows: readonly ActionRow[]): Record<string, string> => {
  const issues: Record<string, string> = {};
  for (const path of FIELD_PATHS) {
    if (values[path].length > LONG_TEXT) issues[path] = `Keep this under ${LONG_TEXT} characters`;
  }
  if (values.meetingDate !== '' && !isIsoDate(values.meetingDate)) {
    issues['meetingDate'] = 'Enter a real date';
  }
  rows.forEach((row, index) => {
    if (row.description.length > NOTE_TEXT) {
      issues[`actions.${index}.description`] = `Keep this under ${NOTE_TEXT} characters`;
    }
  });
  return issues;
};

/**
 * What the form shows before anything is sent. For a submission, the domain's own rule
 * (`submissionIssues`) is run on the audit with the form's values, so the tab and the server
 * cannot disagree about what is missing.
 */
export const clientIssues = (
  audit: Audit,
  values: FormValues,
  rows: readonly ActionRow[],
  noActionsNeeded: boolean,
  mode: 'draft' | 'submit',
  now: string = new Date().toISOString(),
): Issues => {
  const issues = formatIssues(values, rows);
  if (mode === 'draft') return issues;
  const merged = applyDraft(audit, draftOf(values));
  for (const issue of submissionIssues(merged, actionInputsOf(rows), noActionsNeeded, now)) {
    issues[issue.field] ??= sentence(issue.message);
  }
  return issues;
};

/** The server's field issues, keyed like the form's ('draft.' dropped). */
export const serverIssues = (issues: readonly ApiIssue[]): Issues =>
  Object.fromEntries(
    issues.map((issue) => [issue.field.replace(/^draft\./, ''), sentence(issue.message)]),
  );

/** The first field with an issue, in the form's order, for focus after a failed submit. */
export const firstIssuePath = (issues: Issues, rows: number): string | null => {
  const order: string[] = [
    ...FIELD_PATHS,
    'actions',
    'noActionsNeeded',
    ...Array.from({ length: rows }, (_, i) => [
      `actions.${i}.description`,
      `actions.${i}.ownerId`,
      `actions.${i}.timescaleDays`,
    ]).flat(),
  ];
  return order.find((path) => path in issues) ?? null;
};

export const isFieldPath = (path: string): path is FieldPath =>
  (FIELD_PATHS as readonly string[]).includes(path);
