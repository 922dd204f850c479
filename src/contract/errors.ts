/** Every error the API sends: a code, plain words, the fields at fault. */
export interface ApiIssue {
  /** Dotted path of the field, e.g. 'draft.areas.planning.evidence'; 'version' for a stale one. */
  readonly field: string;
  readonly message: string;
}

export type ApiErrorCode =
  | 'unauthenticated'
  | 'not-staff'
  | 'forbidden'
  | 'not-found'
  | 'invalid'
  | 'invalid-state'
  | 'conflict'
  | 'malformed-json'
  | 'bad-request'
  | 'too-large'
  | 'throttled'
  | 'unavailable'
  | 'internal';

export interface ApiError {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly issues: readonly ApiIssue[];
    /** With 'conflict': the record's version now, so the tab can reload and show what changed. */
    readonly currentVersion?: string | null;
    /** With 'throttled': how long to wait before trying again. */
    readonly retryAfterMs?: number | null;
  };
}
