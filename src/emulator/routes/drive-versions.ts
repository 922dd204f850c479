import { GRAPH_ROOT, type EmulatorContext } from '../context.js';
import { itemRef, requireItem, resolveDrive } from '../drive/address.js';
import type { DriveItemRow } from '../drive/item-store.js';
import { versionOf, versionsOf } from '../drive/item-store.js';
import { downloadToken } from '../drive/links.js';
import { EMULATOR_USER } from '../drive/serialize.js';
import { json } from '../http/exchange.js';
import { GraphError } from '../http/graph-error.js';
import type { Route } from '../router.js';
import { RESOURCE_UNITS } from '../throttle/costs.js';
import { forEachItemForm } from './drive.js';

/** A version's id as SharePoint gives it: the major version, "1.0", "2.0"… */
const versionId = (n: number) => `${String(n)}.0`;

interface Version {
  readonly n: number;
  readonly size: number;
  readonly modified: string;
}

const body = (v: Version) => ({
  '@odata.type': '#microsoft.graph.driveItemVersion',
  id: versionId(v.n),
  lastModifiedDateTime: v.modified,
  lastModifiedBy: EMULATOR_USER,
  size: v.size,
});

/** The file named in the path (a folder has no versions). */
function fileOf(ctx: EmulatorContext, params: Record<string, string>): DriveItemRow {
  resolveDrive(ctx, params);
  const row = requireItem(ctx, itemRef(params));
  if (row.folder === 1) throw new GraphError(400, 'invalidRequest', 'A folder has no versions.');
  return row;
}

/** Every version of a file, newest (the current one) first. */
const versionsOfFile = (ctx: EmulatorContext, row: DriveItemRow): Version[] => [
  { n: row.content_version, size: row.size, modified: row.modified },
  ...versionsOf(ctx.db, row.id).map((v) => ({
    n: v.content_version,
    size: v.size,
    modified: v.modified,
  })),
];

function versionNamed(ctx: EmulatorContext, row: DriveItemRow, id: string): Version {
  const match = /^(\d+)\.0$/.exec(id);
  const n = match ? Number(match[1]) : NaN;
  if (n === row.content_version) return { n, size: row.size, modified: row.modified };
  const earlier = Number.isInteger(n) ? versionOf(ctx.db, row.id, n) : undefined;
  if (!earlier) throw new GraphError(404, 'itemNotFound', `No version ${id} of this file.`);
  return { n, size: earlier.size, modified: earlier.modified };
}

/**
 * A file's versions: a document library keeps one for each save that replaced the content
 * (PUT content with conflictBehavior replace, or an upload session over an existing file).
 */
export const driveVersionRoutes: Route[] = forEachItemForm((base) => [
  {
    // https://learn.microsoft.com/en-us/graph/api/driveitem-list-versions?view=graph-rest-1.0
    method: 'GET',
    path: `${base}/versions`,
    op: 'drive.versions.list',
    units: RESOURCE_UNITS.multi,
    handler: (_req, params, ctx) => {
      const row = fileOf(ctx, params);
      return json(200, {
        '@odata.context': `${GRAPH_ROOT}/$metadata#Collection(driveItemVersion)`,
        value: versionsOfFile(ctx, row).map(body),
      });
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/driveitemversion-get?view=graph-rest-1.0
    method: 'GET',
    path: `${base}/versions/:version`,
    op: 'drive.versions.get',
    handler: (_req, params, ctx) => {
      const row = fileOf(ctx, params);
      return json(200, body(versionNamed(ctx, row, params.version)));
    },
  },
  {
    // 302 to a pre-authenticated URL of that version's bytes
    // (https://learn.microsoft.com/en-us/graph/api/driveitemversion-get-contents?view=graph-rest-1.0)
    method: 'GET',
    path: `${base}/versions/:version/content`,
    op: 'drive.versions.content',
    handler: (_req, params, ctx) => {
      const row = fileOf(ctx, params);
      const v = versionNamed(ctx, row, params.version);
      const token = downloadToken(ctx.linkKey, { id: row.id, content_version: v.n });
      return { status: 302, headers: { Location: `${ctx.origin}/_download/${token}` } };
    },
  },
]);
