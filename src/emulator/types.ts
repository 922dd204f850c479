/** Options for {@link startEmulator}. */
export interface EmulatorOptions {
  /** SQLite file path; ':memory:' (the default) keeps nothing after close. */
  dbPath?: string;
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; 127.0.0.1 by default. */
  host?: string;
  /** Site id `{hostname},{guid},{guid}`; generated (and kept in the database) when absent. */
  siteId?: string;
  /** SharePoint host name; contoso.sharepoint.com by default. */
  hostname?: string;
  /** Server-relative site name answered at `/sites/{hostname}:/sites/{siteName}`; 'auditloop'. */
  siteName?: string;
  /** Page size when no $top is given; 200 as Graph's list items. */
  defaultPageSize?: number;
  /** SharePoint's list view threshold; 5000. */
  listViewThreshold?: number;
  /**
   * The bearer secret every Graph and control request must carry; a new random one at each
   * start when absent. Read it back from {@link RunningEmulator.secret}.
   */
  secret?: string;
  /**
   * Enforce a per-minute resource-unit budget (429 with Retry-After once spent), as SharePoint
   * does per app per tenant. Absent (the default, for tests and `npm start`): units are counted,
   * never enforced. `SMALLEST_TENANT_UNITS_PER_MINUTE` (1,250) is the smallest tenant's budget.
   */
  resourceUnitsPerMinute?: number;
}

/** Fault injection: shares are 0..1 and drawn from a seeded generator, so runs repeat. */
export interface FaultSettings {
  throttleRate?: number;
  unavailableRate?: number;
  retryAfterSeconds?: number;
  latencyMs?: number;
  seed?: number;
}

export interface ResourceUnits {
  total: number;
  byOperation: Record<string, number>;
}

export interface RunningEmulator {
  /** http://127.0.0.1:PORT */
  url: string;
  siteId: string;
  /** The bearer secret: send `Authorization: Bearer {secret}` with every request. */
  secret: string;
  faults: { set(settings: FaultSettings): void; clear(): void };
  /** Requests per operation, and the resource units they cost (reset together). */
  counters: {
    snapshot(): Record<string, number>;
    resourceUnits(): ResourceUnits;
    /** List and drive items the responses carried since the last reset. */
    itemsServed(): number;
    reset(): void;
  };
  close(): Promise<void>;
}
