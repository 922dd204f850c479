import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkBearer } from './bearer.js';
import type { EmuRequest, EmuResponse } from './exchange.js';
import { GraphError, errorResponse } from './graph-error.js';

export interface Handlers {
  /** Graph requests, path already stripped of `/v1.0`. */
  graph(req: EmuRequest): Promise<EmuResponse>;
  /** `/_emulator/…` requests. */
  control(req: EmuRequest): EmuResponse;
  /**
   * Pre-authenticated URLs (an upload session's `uploadUrl`, a file's download URL): like
   * SharePoint's, they carry their own token and take no Authorization header
   * (https://learn.microsoft.com/en-us/graph/api/driveitem-createuploadsession?view=graph-rest-1.0).
   */
  preauthenticated(req: EmuRequest): Promise<EmuResponse>;
}

/** Simple upload takes files up to 250 MB (https://learn.microsoft.com/en-us/graph/api/driveitem-put-content?view=graph-rest-1.0). */
const MAX_BODY = 250 * 1024 * 1024;

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new GraphError(413, 'BadRequest', 'The request body is too large.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** JSON bodies are parsed; any other Content-Type (file content) stays in `raw` only. */
function parseBody(req: EmuRequest): void {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  const text = type.includes('json') || type === '' ? req.raw.toString('utf8').trim() : '';
  if (text === '') return;
  try {
    req.body = JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    if (type === '') return;
    throw Object.assign(new GraphError(400, 'BadRequest', 'Unable to read JSON request payload.'), {
      req,
    });
  }
}

function toRequest(incoming: IncomingMessage, raw: Buffer, path: string, query: URLSearchParams) {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(incoming.headers)) {
    if (value !== undefined)
      headers[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  const req: EmuRequest = {
    method: (incoming.method ?? 'GET').toUpperCase(),
    path,
    query,
    headers,
    body: undefined,
    raw,
    requestId: randomUUID(),
  };
  parseBody(req);
  return req;
}

function write(
  outgoing: ServerResponse,
  req: Pick<EmuRequest, 'headers' | 'requestId'>,
  res: EmuResponse,
) {
  const headers: Record<string, string> = {
    'request-id': req.requestId,
    'client-request-id': req.headers['client-request-id'] ?? req.requestId,
    ...res.headers,
  };
  if (res.body === undefined) {
    outgoing.writeHead(res.status, headers).end();
    return;
  }
  if (Buffer.isBuffer(res.body)) {
    outgoing.writeHead(res.status, headers).end(res.body);
    return;
  }
  headers['Content-Type'] = 'application/json; charset=utf-8';
  outgoing.writeHead(res.status, headers).end(JSON.stringify(res.body));
}

async function route(
  handlers: Handlers,
  secret: string,
  latencyMs: () => number,
  url: URL,
  incoming: IncomingMessage,
  raw: Buffer,
): Promise<[EmuRequest, EmuResponse]> {
  if (/^\/_(upload|download)\//.test(url.pathname)) {
    const req = toRequest(incoming, raw, url.pathname, url.searchParams);
    return [req, await handlers.preauthenticated(req)];
  }
  const graph = /^\/v1\.0(\/.*)$/.exec(url.pathname);
  const control = url.pathname.startsWith('/_emulator/');
  if (!graph && !control)
    throw new GraphError(400, 'BadRequest', `Invalid version: use /v1.0 (got '${url.pathname}').`);
  const req = toRequest(incoming, raw, graph ? graph[1] : url.pathname, url.searchParams);
  try {
    checkBearer(req.headers.authorization, secret);
  } catch (error) {
    throw Object.assign(error as GraphError, { req });
  }
  if (control) return [req, handlers.control(req)];
  const delay = latencyMs();
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  return [req, await handlers.graph(req)];
}

/** Adapts node:http to the emulator's request/response shapes; every Graph and control request needs the bearer secret. */
export function requestListener(handlers: Handlers, secret: string, latencyMs: () => number) {
  const serve = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const url = new URL(incoming.url ?? '/', 'http://emulator.invalid');
    const fallback = { headers: {}, requestId: randomUUID() };
    try {
      const raw = await readBody(incoming);
      const [req, res] = await route(handlers, secret, latencyMs, url, incoming, raw);
      write(outgoing, req, res);
    } catch (error) {
      if (!(error instanceof GraphError)) {
        console.error('emulator: request failed', error);
        write(
          outgoing,
          fallback,
          errorResponse(new GraphError(500, 'generalException', 'Unexpected error.'), fallback),
        );
        return;
      }
      const req = (error as GraphError & { req?: EmuRequest }).req ?? fallback;
      write(outgoing, req, errorResponse(error, req));
    }
  };
  return (incoming: IncomingMessage, outgoing: ServerResponse): void => {
    void serve(incoming, outgoing);
  };
}
