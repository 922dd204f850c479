import { randomUUID } from 'node:crypto';
import type { SiteInfo } from './context.js';
import { readMeta, writeMeta, type Db } from './db/open.js';
import { nowIso } from './db/list-store.js';

/**
 * The one site: its id `{hostname},{site-collection guid},{web guid}` is kept in the database,
 * so a restarted emulator on the same file answers with the same id.
 */
export function loadSite(db: Db, hostname: string, name: string, siteId?: string): SiteInfo {
  const stored = readMeta(db, 'siteId');
  const id = siteId ?? stored ?? `${hostname},${randomUUID()},${randomUUID()}`;
  if (id !== stored) writeMeta(db, 'siteId', id);
  const created = readMeta(db, 'siteCreated') ?? nowIso();
  writeMeta(db, 'siteCreated', created);
  return { id, hostname, name, webUrl: `https://${hostname}/sites/${name}`, created };
}
