import type { DocumentLibrary, Store } from '../domain/ports';
import type { AuditLog } from './audit-log/audit-log';
import type { Config } from './config/config';
import type { Directory } from './directory/directory';
import type { ReadModel } from './read-model/read-model';
import type { Logger } from './logger';
import type { Notifications } from './notifications';

export type { KnownRecords, Notifications } from './notifications';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Everything a command, an edge or a job needs, built once by the composition root. */
export interface Services {
  readonly config: Config;
  readonly store: Store;
  /** The site's document library: reports, trackers and evidence packs, versioned. */
  readonly documents: DocumentLibrary;
  readonly directory: Directory;
  /** The lists as every view and job reads them: built once, then kept current by delta. */
  readonly readModel: ReadModel;
  readonly auditLog: AuditLog;
  readonly notifications: Notifications;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Base URL of the tab, for deep links in cards (`${tabUrl}#/audits/ID`). */
  readonly tabUrl: string;
}
