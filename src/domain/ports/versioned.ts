/**
 * A record as read from the store: its version (the SharePoint item eTag) for optimistic
 * concurrency, and any values the store could not understand (e.g. after a hand edit in
 * SharePoint), flagged instead of failing.
 */
export interface Versioned<T> {
  readonly record: T;
  readonly version: string;
  readonly flags: readonly ReadFlag[];
}

export interface ReadFlag {
  /** The domain field whose stored value could not be read. */
  readonly field: string;
  /** What was found, shortened; never shown in logs. */
  readonly found: string;
  readonly message: string;
}
