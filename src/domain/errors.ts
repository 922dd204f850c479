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
export const invalid = (issues: readonly FieldIssue[]): DomainError => ({
  reason: 'invalid',
  message: issues.map((i) => `${i.field}: ${i.message}`).join('; '),
  issues,
});
export const notFound = (message: string): DomainError => ({
  reason: 'not-found',
  message,
  issues: [],
});
