import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmuRequest, EmuResponse } from './exchange.js';
import { GraphError, errorResponse } from './graph-error.js';

export interface Handlers {
  /** Graph requests, path already stripped of `/v1.0`. */
  graph(req: EmuRequest): Promise<EmuResponse>;
  /** `/_emulator/…` requests. */
  control(req: EmuRequest): EmuResponse;
}

const MAX_BODY = 20 * 1024 * 1024;

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

function toRequest(
  incoming: IncomingMessage,
  raw: Buffer,
  path: string,
  query: URLSearchParams,
): EmuRequest {
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
    requestId: randomUUID(),
  };
  const text = raw.toString('utf8').trim();
  if (text !== '') {
    try {
      req.body = JSON.parse(text);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      throw Object.assign(
        new GraphError(400, 'BadRequest', 'Unable to read JSON request payload.'),
        { req },
      );
    }
  }
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
  headers['Content-Type'] = 'application/json; charset=utf-8';
  outgoing.writeHead(res.status, headers).end(JSON.stringify(res.body));
}

/** Adapts node:http to the emulator's request/response shapes. */
export function requestListener(handlers: Handlers, latencyMs: () => number) {
  const serve = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const url = new URL(incoming.url ?? '/', 'http://emulator.invalid');
    const fallback = { headers: {}, requestId: randomUUID() };
    try {
      const raw = await readBody(incoming);
      if (url.pathname.startsWith('/_emulator/')) {
        const req = toRequest(incoming, raw, url.pathname, url.searchParams);
        write(outgoing, req, handlers.control(req));
        return;
      }
      const match = /^\/v1\.0(\/.*)$/.exec(url.pathname);
      if (!match)
        throw new GraphError(
          400,
          'BadRequest',
          `Invalid version: use /v1.0 (got '${url.pathname}').`,
        );
      const req = toRequest(incoming, raw, match[1], url.searchParams);
      const delay = latencyMs();
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      write(outgoing, req, await handlers.graph(req));
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
