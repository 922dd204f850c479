import type { EmulatorContext } from '../context.js';
import { itemRef, parentFor, requireItem, resolveDrive } from '../drive/address.js';
import { checkDriveIfMatch, commitFile, conflictBehavior } from '../drive/commit.js';
import { childNamed, getDriveItem, type DriveItemRow } from '../drive/item-store.js';
import { isRecord, json } from '../http/exchange.js';
import { GraphError, invalidRequest } from '../http/graph-error.js';
import type { Route } from '../router.js';
import { RESOURCE_UNITS } from '../throttle/costs.js';
import { forEachItemForm, itemBody } from './drive.js';

/** Where a file addressed by path or id goes: its folder, its name, and the item there now. */
function target(ctx: EmulatorContext, params: Record<string, string>) {
  const ref = itemRef(params);
  if (ref.kind === 'root') throw invalidRequest('Upload to a file path, not to the root folder.');
  if (ref.kind === 'id') {
    const row = requireItem(ctx, ref);
    const parent = row.parent_id === null ? undefined : getDriveItem(ctx.db, row.parent_id);
    if (!parent || row.folder === 1) throw invalidRequest('Only a file can take content.');
    return { parent, name: row.name, existing: row as DriveItemRow | undefined, byId: true };
  }
  const name = ref.names[ref.names.length - 1];
  const parent = parentFor(ctx, ref.names);
  return { parent, name, existing: childNamed(ctx.db, parent.id, name), byId: false };
}

export const driveUploadRoutes: Route[] = forEachItemForm((base) => [
  {
    // Simple upload, replace by default (https://learn.microsoft.com/en-us/graph/api/driveitem-put-content?view=graph-rest-1.0)
    method: 'PUT',
    path: `${base}/content`,
    op: 'drive.content.put',
    units: RESOURCE_UNITS.write,
    handler: (req, params, ctx) => {
      resolveDrive(ctx, params);
      const behavior = conflictBehavior(
        req.query.get('@microsoft.graph.conflictBehavior') ?? undefined,
        'replace',
      );
      const { parent, name, existing, byId } = target(ctx, params);
      checkDriveIfMatch(req.headers, existing);
      const mime = req.headers['content-type'] ?? 'application/octet-stream';
      const { row, created } = commitFile(
        ctx,
        parent,
        name,
        req.raw,
        mime,
        byId ? 'replace' : behavior,
      );
      return json(created ? 201 : 200, itemBody(ctx, req, row));
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/driveitem-createuploadsession?view=graph-rest-1.0
    method: 'POST',
    path: `${base}/createUploadSession`,
    op: 'drive.uploadSession.create',
    units: RESOURCE_UNITS.write,
    handler: (req, params, ctx) => {
      resolveDrive(ctx, params);
      const item = isRecord(req.body) && isRecord(req.body.item) ? req.body.item : {};
      const behavior = conflictBehavior(item['@microsoft.graph.conflictBehavior'], 'fail');
      const { parent, name, existing, byId } = target(ctx, params);
      if (typeof item.name === 'string' && item.name.toLowerCase() !== name.toLowerCase())
        throw invalidRequest("The item path must end in the name given in 'item.name'.");
      checkDriveIfMatch(req.headers, existing);
      if (existing?.folder === 1)
        throw new GraphError(409, 'nameAlreadyExists', `'${name}' is a folder.`);
      const session = ctx.uploads.open({
        parentId: parent.id,
        name,
        behavior: byId ? 'replace' : behavior,
        ifMatch: req.headers['if-match'],
      });
      return json(200, {
        uploadUrl: `${ctx.origin}/_upload/${session.id}`,
        expirationDateTime: new Date(session.expires).toISOString(),
        nextExpectedRanges: ['0-'],
      });
    },
  },
]);
