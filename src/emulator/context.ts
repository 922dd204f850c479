import type { Db } from './db/open.js';

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
}

/** Links are absolute https Graph URLs: the Graph client only follows those as absolute. */
export const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';
