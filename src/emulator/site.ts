import { randomBytes, randomUUID } from 'node:crypto';
import type { SiteInfo } from './context.js';
import { readMeta, writeMeta, type Db } from './db/open.js';
import { nowIso } from './db/list-store.js';
import type { DriveInfo } from './drive/types.js';

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

/** The site's document library; its id (`b!` and 48 base64url characters, like SharePoint's) is kept. */
export function loadDrive(db: Db): DriveInfo {
  const id = readMeta(db, 'driveId') ?? `b!${randomBytes(36).toString('base64url')}`;
  writeMeta(db, 'driveId', id);
  const created = readMeta(db, 'driveCreated') ?? nowIso();
  writeMeta(db, 'driveCreated', created);
  return { id, created };
}
