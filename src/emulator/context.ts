import type { Db } from './db/open.js';
import type { FileStore } from './drive/files.js';
import type { DriveInfo } from './drive/types.js';
import type { UploadSessions } from './drive/upload-sessions.js';

/** The one site the emulator serves. */
export interface SiteInfo {
  id: string;
  hostname: string;
  name: string;
  webUrl: string;
  created: string;
}

/** What every route handler can reach. */
export interface EmulatorContext {
  db: Db;
  site: SiteInfo;
  defaultPageSize: number;
  listViewThreshold: number;
  /** The site's document library, its files on disk and open upload sessions. */
  drive: DriveInfo;
  files: FileStore;
  uploads: UploadSessions;
  /** Signs pre-authenticated download links; new at each start. */
  linkKey: Buffer;
  /** The emulator's own origin (http://127.0.0.1:PORT), for pre-authenticated URLs. */
  origin: string;
}

/** Links are absolute https Graph URLs: the Graph client only follows those as absolute. */
export const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';
