import type { EmulatorContext } from '../context.js';
import { GraphError, invalidRequest, notFound } from '../http/graph-error.js';
import { resolveSite } from '../routes/resolve.js';
import {
  childNamed,
  getDriveItem,
  insertDriveItem,
  rootFolder,
  type DriveItemRow,
} from './item-store.js';

/** Characters SharePoint refuses in file and folder names. */
const BAD_NAME = /["*:<>?/\\|]/;

/** `/sites/{site}/drive` or `/drives/{drive-id}`: the site's one document library. */
export function resolveDrive(ctx: EmulatorContext, params: Record<string, string>): void {
  if ('site' in params) resolveSite(ctx, params.site);
  if ('drive' in params && params.drive !== ctx.drive.id)
    throw notFound('The drive could not be found.');
}

export type ItemRef =
  { kind: 'root' } | { kind: 'path'; names: string[] } | { kind: 'id'; id: string };

/**
 * An item addressed as `root`, `root:/{path}` (https://learn.microsoft.com/en-us/graph/onedrive-addressing-driveitems)
 * or `items/{item-id}`.
 */
export function itemRef(params: Record<string, string>): ItemRef {
  if ('id' in params) return { kind: 'id', id: params.id };
  const ref = params.ref;
  if (ref.toLowerCase() === 'root') return { kind: 'root' };
  const path = /^root:(\/.*)$/i.exec(ref);
  if (!path)
    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${ref}'.`);
  const names = path[1].split('/').filter((n) => n !== '');
  if (names.length === 0) return { kind: 'root' };
  for (const name of names)
    if (BAD_NAME.test(name) || name.trim() !== name || name === '.' || name === '..')
      throw invalidRequest(`The name '${name}' contains characters SharePoint does not allow.`);
  return { kind: 'path', names };
}

export function findItem(ctx: EmulatorContext, ref: ItemRef): DriveItemRow | undefined {
  if (ref.kind === 'id') return getDriveItem(ctx.db, ref.id);
  let current: DriveItemRow | undefined = rootFolder(ctx.db);
  if (ref.kind === 'root') return current;
  for (const name of ref.names) {
    if (!current) return undefined;
    current = childNamed(ctx.db, current.id, name);
  }
  return current;
}

export function requireItem(ctx: EmulatorContext, ref: ItemRef): DriveItemRow {
  const row = findItem(ctx, ref);
  if (!row) throw notFound('Item not found');
  return row;
}

/** The folder a new file at `names` goes into, creating missing folders on the way. */
export function parentFor(ctx: EmulatorContext, names: string[]): DriveItemRow {
  let current = rootFolder(ctx.db);
  for (const name of names.slice(0, -1)) {
    const child = childNamed(ctx.db, current.id, name);
    if (child && child.folder !== 1)
      throw new GraphError(409, 'nameAlreadyExists', `'${name}' is a file, not a folder.`);
    current = child ?? insertDriveItem(ctx.db, current.id, name, true);
  }
  return current;
}
