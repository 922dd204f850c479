/** Every transition is given the time; the domain never reads a clock. */
export interface Clock {
  /** ISO timestamp of the request, e.g. 2025-03-20T10:00:00Z. */
  readonly now: string;
}
