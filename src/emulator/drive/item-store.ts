import { randomBytes, randomUUID } from 'node:crypto';
import { nowIso } from '../db/list-store.js';
import { stmt, type Db } from '../db/open.js';

export interface DriveItemRow {
  id: string;
  parent_id: string | null;
  name: string;
  folder: number;
  size: number;
  mime: string | null;
  guid: string;
  version: number;
  content_version: number;
  created: string;
  modified: string;
}

/** Item ids look like SharePoint's: `01` and 32 upper-case base32 characters. */
function newItemId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return `01${[...randomBytes(32)].map((b) => alphabet[b % 32]).join('')}`;
}

export function getDriveItem(db: Db, id: string): DriveItemRow | undefined {
  return stmt(db, 'SELECT * FROM drive_items WHERE id = ?').get(id) as DriveItemRow | undefined;
}

/** The root folder, made on first use. */
export function rootFolder(db: Db): DriveItemRow {
  const root = stmt(db, 'SELECT * FROM drive_items WHERE parent_id IS NULL').get() as
    DriveItemRow | undefined;
  return root ?? insertDriveItem(db, null, 'root', true);
}

/** Names compare without regard to case, as SharePoint's do. */
export function childNamed(db: Db, parentId: string, name: string): DriveItemRow | undefined {
  return stmt(db, 'SELECT * FROM drive_items WHERE parent_id = ? AND name = ? COLLATE NOCASE').get(
    parentId,
    name,
  ) as DriveItemRow | undefined;
}

export function childrenOf(db: Db, parentId: string, after: number, limit: number) {
  return stmt(
    db,
    'SELECT * FROM drive_items WHERE parent_id = ? ORDER BY folder DESC, name COLLATE NOCASE, id LIMIT ? OFFSET ?',
  ).all(parentId, limit, after) as DriveItemRow[];
}

export function childCount(db: Db, parentId: string): number {
  return (
    stmt(db, 'SELECT COUNT(*) AS n FROM drive_items WHERE parent_id = ?').get(parentId) as {
      n: number;
    }
  ).n;
}

export function insertDriveItem(
  db: Db,
  parentId: string | null,
  name: string,
  folder: boolean,
  file?: { size: number; mime: string },
): DriveItemRow {
  const now = nowIso();
  const row: DriveItemRow = {
    id: newItemId(),
    parent_id: parentId,
    name,
    folder: folder ? 1 : 0,
    size: file?.size ?? 0,
    mime: file?.mime ?? null,
    guid: randomUUID(),
    version: 1,
    content_version: 1,
    created: now,
    modified: now,
  };
  stmt(
    db,
    `INSERT INTO drive_items (id, parent_id, name, folder, size, mime, guid, version, content_version, created, modified)
     VALUES (@id, @parent_id, @name, @folder, @size, @mime, @guid, @version, @content_version, @created, @modified)`,
  ).run(row);
  return row;
}

/** An earlier version of a file's content (the current one is the item itself). */
export interface DriveVersionRow {
  item_id: string;
  content_version: number;
  size: number;
  modified: string;
}

/** Earlier versions, newest first. */
export function versionsOf(db: Db, itemId: string): DriveVersionRow[] {
  return stmt(
    db,
    'SELECT * FROM drive_versions WHERE item_id = ? ORDER BY content_version DESC',
  ).all(itemId) as DriveVersionRow[];
}

export function versionOf(db: Db, itemId: string, version: number): DriveVersionRow | undefined {
  return stmt(db, 'SELECT * FROM drive_versions WHERE item_id = ? AND content_version = ?').get(
    itemId,
    version,
  ) as DriveVersionRow | undefined;
}

/**
 * New content: both the eTag (any change) and the cTag (content changes) move on, and the
 * content replaced is kept as an earlier version (a document library keeps versions:
 * https://learn.microsoft.com/en-us/graph/api/driveitem-list-versions?view=graph-rest-1.0).
 */
export function replaceContent(db: Db, row: DriveItemRow, size: number, mime: string) {
  stmt(
    db,
    'INSERT INTO drive_versions (item_id, content_version, size, modified) VALUES (?, ?, ?, ?)',
  ).run(row.id, row.content_version, row.size, row.modified);
  const next = {
    ...row,
    size,
    mime,
    version: row.version + 1,
    content_version: row.content_version + 1,
    modified: nowIso(),
  };
  stmt(
    db,
    `UPDATE drive_items SET size = @size, mime = @mime, version = @version,
       content_version = @content_version, modified = @modified WHERE id = @id`,
  ).run(next);
  return next;
}

/** Deletes an item and (by the foreign key) everything under it; returns the ids removed. */
export function deleteDriveItem(db: Db, id: string): string[] {
  const ids = (
    stmt(
      db,
      `WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT d.id FROM drive_items d JOIN sub ON d.parent_id = sub.id)
       SELECT id FROM sub`,
    ).all(id) as { id: string }[]
  ).map((r) => r.id);
  stmt(db, 'DELETE FROM drive_items WHERE id = ?').run(id);
  return ids;
}

/** The path of an item's folder from the root, as parentReference.path shows it. */
export function pathOf(db: Db, row: DriveItemRow): string[] {
  const names: string[] = [];
  let current = row.parent_id === null ? undefined : getDriveItem(db, row.parent_id);
  while (current && current.parent_id !== null) {
    names.unshift(current.name);
    current = getDriveItem(db, current.parent_id);
  }
  return names;
}
