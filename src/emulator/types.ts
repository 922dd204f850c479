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
}

/** Fault injection: shares are 0..1 and drawn from a seeded generator, so runs repeat. */
export interface FaultSettings {
  throttleRate?: number;
  unavailableRate?: number;
  retryAfterSeconds?: number;
  latencyMs?: number;
  seed?: number;
}

export interface RunningEmulator {
  /** http://127.0.0.1:PORT */
  url: string;
  siteId: string;
  faults: { set(settings: FaultSettings): void; clear(): void };
  counters: { snapshot(): Record<string, number>; reset(): void };
  close(): Promise<void>;
}
