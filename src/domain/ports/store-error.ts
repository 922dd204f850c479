/** Why the store refused or failed. Switched over exhaustively at the edge. */
export type StoreErrorReason =
  | 'conflict'
  | 'not-found'
  | 'throttled'
  | 'unavailable'
  | 'invalid'
  /** A create met a record of the same key that belongs to another parent: nothing was written. */
  | 'duplicate';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly reason: StoreErrorReason,
    message: string,
    /** For 'conflict': the current version of the record, so the caller can show what changed. */
    readonly currentVersion: string | null = null,
    /** For 'throttled': how long the store asked us to wait. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}
