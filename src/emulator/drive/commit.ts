import type { EmulatorContext } from '../context.js';
import type { EmuRequest } from '../http/exchange.js';
import { GraphError, invalidRequest } from '../http/graph-error.js';
import { childNamed, insertDriveItem, replaceContent, type DriveItemRow } from './item-store.js';
import { driveItemCTag, driveItemETag } from './serialize.js';
import type { ConflictBehavior } from './types.js';

/** `@microsoft.graph.conflictBehavior`: fail, replace or rename; refused otherwise. */
export function conflictBehavior(value: unknown, fallback: ConflictBehavior): ConflictBehavior {
  if (value === undefined || value === null) return fallback;
  if (value === 'fail' || value === 'replace' || value === 'rename') return value;
  throw invalidRequest(
    `'@microsoft.graph.conflictBehavior' must be fail, replace or rename, not ${JSON.stringify(value)}.`,
  );
}

/**
 * If-Match names the eTag or cTag the client last saw; anything else is 412
 * (https://learn.microsoft.com/en-us/graph/api/driveitem-put-content?view=graph-rest-1.0,
 * https://learn.microsoft.com/en-us/graph/api/driveitem-delete?view=graph-rest-1.0).
 */
export function checkDriveIfMatch(headers: EmuRequest['headers'], row: DriveItemRow | undefined) {
  const given = headers['if-match']?.trim();
  if (given === undefined || given === '*') return;
  if (row && (given === driveItemETag(row) || given === driveItemCTag(row))) return;
  throw new GraphError(
    412,
    'resourceModified',
    'ETag does not match the current version of the item (If-Match).',
  );
}

function freeName(ctx: EmulatorContext, parentId: string, name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; ; n++) {
    const candidate = `${stem} ${n}${ext}`;
    if (!childNamed(ctx.db, parentId, candidate)) return candidate;
  }
}

/**
 * Writes a file's content as `name` in `parent`: a new item (created) or, when one exists,
 * as the conflict behaviour says. Bytes go to disk first, then the row, in one transaction.
 */
export function commitFile(
  ctx: EmulatorContext,
  parent: DriveItemRow,
  name: string,
  content: Buffer,
  mime: string,
  behavior: ConflictBehavior,
): { row: DriveItemRow; created: boolean } {
  return ctx.db.transaction(() => {
    const existing = childNamed(ctx.db, parent.id, name);
    if (existing && existing.folder === 1 && behavior !== 'rename')
      throw new GraphError(409, 'nameAlreadyExists', `'${name}' is a folder.`);
    if (existing && behavior === 'fail')
      throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
    if (existing && behavior === 'replace') {
      ctx.files.keepVersion(existing.id, existing.content_version);
      const row = replaceContent(ctx.db, existing, content.length, mime);
      ctx.files.write(row.id, content);
      return { row, created: false };
    }
    const finalName = existing ? freeName(ctx, parent.id, name) : name;
    const row = insertDriveItem(ctx.db, parent.id, finalName, false, {
      size: content.length,
      mime,
    });
    ctx.files.write(row.id, content);
    return { row, created: true };
  })();
}
