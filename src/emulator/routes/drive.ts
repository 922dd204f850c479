import { GRAPH_ROOT, type EmulatorContext } from '../context.js';
import { findItem, itemRef, requireItem, resolveDrive } from '../drive/address.js';
import { checkDriveIfMatch } from '../drive/commit.js';
import { childrenOf, deleteDriveItem, type DriveItemRow } from '../drive/item-store.js';
import { downloadToken } from '../drive/links.js';
import { driveItemETag, serializeDrive, serializeDriveItem } from '../drive/serialize.js';
import type { EmuRequest } from '../http/exchange.js';
import { json, noContent } from '../http/exchange.js';
import { GraphError } from '../http/graph-error.js';
import { graphLink, option } from '../http/query.js';
import { applySelect, parseSelect } from '../odata/select.js';
import { decodeSkipToken, encodeSkipToken } from '../odata/skiptoken.js';
import type { Route } from '../router.js';
import { RESOURCE_UNITS } from '../throttle/costs.js';
import { readTop } from './item-query-options.js';

/** A document library is reached as the site's drive or by its id (https://learn.microsoft.com/en-us/graph/api/drive-get?view=graph-rest-1.0). */
export const DRIVES = ['/sites/:site/drive', '/drives/:drive'];
/** An item as `root`, `root:/{path}:` or `items/{item-id}` (https://learn.microsoft.com/en-us/graph/onedrive-addressing-driveitems). */
export const ITEM_FORMS = ['/:ref', '/items/:id'];

export const downloadUrl = (ctx: EmulatorContext, row: DriveItemRow) =>
  `${ctx.origin}/_download/${downloadToken(ctx.linkKey, row)}`;

export function itemBody(ctx: EmulatorContext, req: EmuRequest, row: DriveItemRow) {
  const links = row.folder === 1 ? {} : { downloadUrl: downloadUrl(ctx, row) };
  const item = serializeDriveItem(ctx.db, row, ctx.drive, ctx.site, links);
  return applySelect(item, parseSelect(option(req, 'select'), 'driveItem'));
}

/** Routes for every drive prefix and item form. */
export function forEachItemForm(make: (base: string) => Route[]): Route[] {
  return DRIVES.flatMap((drive) => ITEM_FORMS.flatMap((form) => make(`${drive}${form}`)));
}

function children(req: EmuRequest, params: Record<string, string>, ctx: EmulatorContext) {
  resolveDrive(ctx, params);
  const folder = requireItem(ctx, itemRef(params));
  if (folder.folder !== 1) throw new GraphError(400, 'invalidRequest', 'The item is not a folder.');
  const top = readTop(req, ctx.defaultPageSize);
  const token = option(req, 'skiptoken');
  const position = token ? decodeSkipToken(token) : { offset: 0 };
  const offset = 'offset' in position ? position.offset : 0;
  const rows = childrenOf(ctx.db, folder.id, offset, top + 1);
  const body: Record<string, unknown> = {
    '@odata.context': `${GRAPH_ROOT}/$metadata#Collection(driveItem)`,
    value: rows.slice(0, top).map((row) => itemBody(ctx, req, row)),
  };
  if (rows.length > top)
    body['@odata.nextLink'] = graphLink(req, {
      $skiptoken: encodeSkipToken({ offset: offset + top }),
    });
  return json(200, body);
}

export const driveReadRoutes: Route[] = [
  ...DRIVES.map((path): Route => ({
    method: 'GET',
    path,
    op: 'drive.get',
    handler: (_req, params, ctx) => {
      resolveDrive(ctx, params);
      return json(200, serializeDrive(ctx.drive, ctx.site));
    },
  })),
  ...forEachItemForm((base) => [
    {
      // https://learn.microsoft.com/en-us/graph/api/driveitem-list-children?view=graph-rest-1.0
      method: 'GET',
      path: `${base}/children`,
      op: 'drive.children',
      units: RESOURCE_UNITS.multi,
      handler: children,
    },
    {
      // https://learn.microsoft.com/en-us/graph/api/driveitem-get?view=graph-rest-1.0
      method: 'GET',
      path: base,
      op: 'drive.items.get',
      handler: (req, params, ctx) => {
        resolveDrive(ctx, params);
        const row = requireItem(ctx, itemRef(params));
        return json(200, itemBody(ctx, req, row), {
          ETag: driveItemETag(row),
        });
      },
    },
    {
      // 302 to a pre-authenticated URL (https://learn.microsoft.com/en-us/graph/api/driveitem-get-content?view=graph-rest-1.0)
      method: 'GET',
      path: `${base}/content`,
      op: 'drive.content.get',
      handler: (_req, params, ctx) => {
        resolveDrive(ctx, params);
        const row = requireItem(ctx, itemRef(params));
        if (row.folder === 1)
          throw new GraphError(400, 'invalidRequest', 'A folder has no content.');
        return { status: 302, headers: { Location: downloadUrl(ctx, row) } };
      },
    },
    {
      // 204, or 412 when If-Match is stale (https://learn.microsoft.com/en-us/graph/api/driveitem-delete?view=graph-rest-1.0)
      method: 'DELETE',
      path: base,
      op: 'drive.items.delete',
      handler: (req, params, ctx) => {
        resolveDrive(ctx, params);
        const row = findItem(ctx, itemRef(params));
        if (!row) throw new GraphError(404, 'itemNotFound', 'Item not found');
        if (row.parent_id === null)
          throw new GraphError(403, 'accessDenied', 'The root folder cannot be deleted.');
        checkDriveIfMatch(req.headers, row);
        for (const id of deleteDriveItem(ctx.db, row.id)) ctx.files.remove(id);
        return noContent();
      },
    },
  ]),
];
