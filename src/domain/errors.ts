/** Why a transition or command was refused. Mapped to HTTP status or UI text only at the edge. */
export type DomainErrorReason =
  'forbidden' | 'invalid-state' | 'invalid' | 'not-found' | 'conflict';

export interface FieldIssue {
  /** Dotted path of the field, e.g. 'areas.planning.evidence'. */
  readonly field: string;
  readonly message: string;
}

export interface DomainError {
  readonly reason: DomainErrorReason;
  readonly message: string;
  readonly issues: readonly FieldIssue[];
}

export const forbidden = (message: string): DomainError => ({
  reason: 'forbidden',
  message,
  issues: [],
});
export const invalidState = (message: string): DomainError => ({
  reason: 'invalid-state',
  message,
  issues: [],
});
/** 'draft.actions.0.timescaleDays' → 'Timescale days (action 1)'; 'auditorId' → 'Auditor'. */
export const fieldWords = (path: string): string => {
  const parts = path.split('.').filter((p) => p !== 'draft');
  const last = parts.filter((p) => !/^\d+$/.test(p)).at(-1) ?? path;
  const words = last
    .replace(/Ids$/, 's')
    .replace(/Id$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  const index = parts.findIndex((p) => /^\d+$/.test(p));
  const owner = index > 0 ? parts[index - 1]?.replace(/s$/, '') : undefined;
  const where = owner === undefined ? '' : ` (${owner} ${String(Number(parts[index]) + 1)})`;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}${where}`;
};

const asSentence = (text: string): string => {
  const bare = text.trim();
  const trimmed = bare.startsWith('is ') || bare.startsWith('must ') ? `this ${bare}` : bare;
  const capital = `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}`;
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/**
 * Field issues in plain words, for the message above a form: each names its field as a person
 * reads it ("Auditor: …"), never the code ("auditorId: …"); the issues themselves go beside
 * their fields.
 */
export const plainIssues = (issues: readonly FieldIssue[]): string =>
  issues.map((i) => `${fieldWords(i.field)}: ${asSentence(i.message)}`).join(' ');

export const invalid = (issues: readonly FieldIssue[]): DomainError => ({
  reason: 'invalid',
  message: plainIssues(issues),
  issues,
});
export const notFound = (message: string): DomainError => ({
  reason: 'not-found',
  message,
  issues: [],
});
