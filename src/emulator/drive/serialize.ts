import type { SiteInfo } from '../context.js';
import type { Db } from '../db/open.js';
import { childCount, pathOf, type DriveItemRow } from './item-store.js';
import type { DriveInfo } from './types.js';

/** driveItem eTag `"{GUID},N"` changes with any change; cTag `"c:{GUID},N"` with content only (https://learn.microsoft.com/en-us/graph/api/resources/driveitem?view=graph-rest-1.0). */
export const driveItemETag = (row: DriveItemRow) => `"{${row.guid.toUpperCase()}},${row.version}"`;
export const driveItemCTag = (row: DriveItemRow) =>
  `"c:{${row.guid.toUpperCase()}},${row.content_version}"`;

export const EMULATOR_USER = { user: { displayName: 'Audit Loop emulator' } };
const encodePath = (names: string[]) => names.map(encodeURIComponent).join('/');

/** https://learn.microsoft.com/en-us/graph/api/resources/drive?view=graph-rest-1.0 */
export function serializeDrive(drive: DriveInfo, site: SiteInfo) {
  return {
    createdDateTime: drive.created,
    description: '',
    driveType: 'documentLibrary',
    id: drive.id,
    lastModifiedDateTime: drive.created,
    name: 'Documents',
    webUrl: `${site.webUrl}/Shared%20Documents`,
    createdBy: EMULATOR_USER,
    owner: { group: { displayName: `${site.name} Owners` } },
    quota: { deleted: 0, remaining: 27487790694400, state: 'normal', total: 27487790694400 },
  };
}

export interface ItemLinks {
  /** A pre-authenticated download URL, on GET of one file only. */
  downloadUrl?: string;
}

/** https://learn.microsoft.com/en-us/graph/api/resources/driveitem?view=graph-rest-1.0 */
export function serializeDriveItem(
  db: Db,
  row: DriveItemRow,
  drive: DriveInfo,
  site: SiteInfo,
  links: ItemLinks = {},
) {
  const isRoot = row.parent_id === null;
  const folderPath = pathOf(db, row);
  const itemPath = isRoot ? [] : [...folderPath, row.name];
  const item: Record<string, unknown> = {
    '@odata.etag': driveItemETag(row),
    createdDateTime: row.created,
    eTag: driveItemETag(row),
    id: row.id,
    lastModifiedDateTime: row.modified,
    name: row.name,
    webUrl: `${site.webUrl}/Shared%20Documents${itemPath.length > 0 ? `/${encodePath(itemPath)}` : ''}`,
    cTag: driveItemCTag(row),
    size: row.size,
    createdBy: EMULATOR_USER,
    lastModifiedBy: EMULATOR_USER,
    parentReference: isRoot
      ? { driveType: 'documentLibrary', driveId: drive.id, siteId: site.id }
      : {
          driveType: 'documentLibrary',
          driveId: drive.id,
          id: row.parent_id,
          path: `/drive/root:${folderPath.length > 0 ? `/${encodePath(folderPath)}` : ''}`,
          siteId: site.id,
        },
    fileSystemInfo: { createdDateTime: row.created, lastModifiedDateTime: row.modified },
  };
  if (links.downloadUrl !== undefined) item['@microsoft.graph.downloadUrl'] = links.downloadUrl;
  if (row.folder === 1) item.folder = { childCount: childCount(db, row.id) };
  else item.file = { mimeType: row.mime ?? 'application/octet-stream' };
  if (isRoot) item.root = {};
  return item;
}
