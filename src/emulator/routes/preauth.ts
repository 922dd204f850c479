import type { EmulatorContext } from '../context.js';
import { checkDriveIfMatch, commitFile } from '../drive/commit.js';
import { childNamed, getDriveItem, versionOf } from '../drive/item-store.js';
import { readDownloadToken } from '../drive/links.js';
import type { UploadSession } from '../drive/upload-sessions.js';
import { json, noContent, type EmuRequest } from '../http/exchange.js';
import { GraphError, invalidRequest, notFound } from '../http/graph-error.js';
import type { Route } from '../router.js';
import { RESOURCE_UNITS } from '../throttle/costs.js';
import { itemBody } from './drive.js';

/** Fragments are multiples of 320 KiB and each request under 60 MiB (driveitem-createuploadsession). */
const FRAGMENT_UNIT = 320 * 1024;
const MAX_FRAGMENT = 60 * 1024 * 1024;

const DOC =
  'https://learn.microsoft.com/en-us/graph/api/driveitem-createuploadsession?view=graph-rest-1.0';

function session(ctx: EmulatorContext, id: string): UploadSession {
  const found = ctx.uploads.get(id);
  if (!found) throw notFound('The upload session was not found or has expired.');
  return found;
}

const status = (s: UploadSession) => ({
  expirationDateTime: new Date(s.expires).toISOString(),
  nextExpectedRanges: [`${s.received}-`],
});

/** `Content-Range: bytes {start}-{end}/{total}`, checked against the session and the body. */
function readRange(req: EmuRequest, s: UploadSession) {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(req.headers['content-range'] ?? '');
  if (!match)
    throw invalidRequest(`A fragment needs 'Content-Range: bytes {start}-{end}/{total}' (${DOC}).`);
  const [start, end, total] = match.slice(1).map(Number);
  if (end < start || end >= total || end - start + 1 !== req.raw.length)
    throw invalidRequest('Content-Range does not match the length of the body.');
  if (s.total !== undefined && total !== s.total)
    throw invalidRequest('Every fragment must declare the same total file size.');
  if (start !== s.received)
    throw new GraphError(
      416,
      'invalidRange',
      `Fragments go in order: expected bytes from ${s.received}.`,
    );
  if (req.raw.length >= MAX_FRAGMENT) throw invalidRequest('A fragment must be under 60 MiB.');
  if (end + 1 < total && req.raw.length % FRAGMENT_UNIT !== 0)
    throw invalidRequest(`A fragment other than the last must be a multiple of 320 KiB (${DOC}).`);
  return total;
}

/** The last fragment commits the file; a name taken since the session began is 409 then. */
function complete(ctx: EmulatorContext, req: EmuRequest, s: UploadSession) {
  const parent = getDriveItem(ctx.db, s.parentId);
  if (!parent) throw notFound('The folder of the upload is gone.');
  checkDriveIfMatch({ 'if-match': s.ifMatch }, childNamed(ctx.db, parent.id, s.name));
  const { row, created } = commitFile(
    ctx,
    parent,
    s.name,
    ctx.uploads.content(s),
    'application/octet-stream',
    s.behavior,
  );
  ctx.uploads.cancel(s.id);
  return json(created ? 201 : 200, itemBody(ctx, req, row));
}

/** URLs that carry their own authority: an upload session's uploadUrl and a download URL. */
export const preauthenticatedRoutes: Route[] = [
  {
    method: 'PUT',
    path: '/_upload/:session',
    op: 'drive.uploadSession.put',
    units: RESOURCE_UNITS.write,
    handler: (req, params, ctx) => {
      // "If you include the Authorization header when issuing the PUT call, it may result in
      // an HTTP 401 Unauthorized response" (driveitem-createuploadsession): here it always does.
      if (req.headers.authorization !== undefined)
        throw new GraphError(
          401,
          'InvalidAuthenticationToken',
          'Do not send an Authorization header to an upload URL.',
        );
      const s = session(ctx, params.session);
      const total = readRange(req, s);
      ctx.uploads.append(s, req.raw, total);
      return s.received < total ? json(202, status(s)) : complete(ctx, req, s);
    },
  },
  {
    method: 'GET',
    path: '/_upload/:session',
    op: 'drive.uploadSession.get',
    handler: (_req, params, ctx) => json(200, status(session(ctx, params.session))),
  },
  {
    method: 'DELETE',
    path: '/_upload/:session',
    op: 'drive.uploadSession.delete',
    handler: (_req, params, ctx) => {
      ctx.uploads.cancel(session(ctx, params.session).id);
      return noContent();
    },
  },
  {
    method: 'GET',
    path: '/_download/:token',
    op: 'drive.download',
    // The Graph request for /content already cost its unit ("download file from drive item").
    units: 0,
    handler: (_req, params, ctx) => {
      const grant = readDownloadToken(ctx.linkKey, params.token);
      const row = grant && getDriveItem(ctx.db, grant.id);
      const current = row !== undefined && row.content_version === grant?.contentVersion;
      // A link to an earlier version serves that version's bytes (driveItemVersion content).
      const earlier = grant && row && !current && versionOf(ctx.db, row.id, grant.contentVersion);
      if (!row || (!current && !earlier))
        throw new GraphError(
          404,
          'itemNotFound',
          'The download URL has expired or the file has changed.',
        );
      return {
        status: 200,
        headers: { 'Content-Type': row.mime ?? 'application/octet-stream' },
        body: current
          ? ctx.files.read(row.id)
          : ctx.files.readVersion(row.id, grant.contentVersion),
      };
    },
  },
];
