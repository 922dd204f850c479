/**
 * A stand-in for the Bot Connector on 127.0.0.1, for tests and benchmarks: it accepts
 * `POST /v3/conversations/{id}/activities`, enforces Teams' documented limits (per conversation
 * 7 a second and 60 in 30 seconds; 50 a second for the app), answers 429 with Retry-After
 * beyond them, and throws in random 429s as well. It counts each card it accepts.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mulberry32 } from '../../domain/random/mulberry32';
import { TEAMS_LIMITS, type Limit } from '../dispatch/rate-limiter';

export interface LoopbackTeamsOptions {
  /** Share of requests within the limits answered 429 anyway (default 0.3). */
  readonly injected429Rate?: number;
  /** Seed of the injection (default 7). */
  readonly seed?: number;
  readonly retryAfterSeconds?: number;
}

export interface LoopbackTeams {
  readonly url: string;
  /** Accepted cards by `${conversationId}|${the card's first link}`. */
  readonly accepted: Map<string, number>;
  readonly stats: {
    requests: number;
    acceptedTotal: number;
    overLimit: number;
    /** Which window was full: `conversation-0` (per second), `conversation-1` (30 s), `app`. */
    overLimitBy: Record<string, number>;
    injected: number;
  };
  /** Times (ms) of accepted sends, for throughput. */
  readonly acceptedAt: number[];
  close(): Promise<void>;
}

class Window {
  private readonly times: number[] = [];
  constructor(private readonly limit: Limit) {}
  full(now: number): boolean {
    while (this.times.length > 0 && (this.times[0] ?? now) <= now - this.limit.windowMs)
      this.times.shift();
    return this.times.length >= this.limit.count;
  }
  add(now: number): void {
    this.times.push(now);
  }
}

async function bodyOf(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

const cardLink = (body: unknown): string => {
  const text = JSON.stringify(body);
  return /"type":"Action\.OpenUrl","title":"[^"]*","url":"([^"]+)"/.exec(text)?.[1] ?? text;
};

export async function startLoopbackTeams(
  options: LoopbackTeamsOptions = {},
): Promise<LoopbackTeams> {
  const random = mulberry32(options.seed ?? 7).next;
  const rate = options.injected429Rate ?? 0.3;
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const app = TEAMS_LIMITS.perApp.map((l) => new Window(l));
  const conversations = new Map<string, Window[]>();
  const accepted = new Map<string, number>();
  const acceptedAt: number[] = [];
  const stats = {
    requests: 0,
    acceptedTotal: 0,
    overLimit: 0,
    overLimitBy: {} as Record<string, number>,
    injected: 0,
  };
  let next = 0;
  const server: Server = createServer((req, res) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities\/?$/.exec(req.url ?? '');
    if (req.method !== 'POST' || match?.[1] === undefined) {
      res.writeHead(404).end();
      return;
    }
    const conversationId = decodeURIComponent(match[1]);
    void bodyOf(req).then((body) => {
      stats.requests += 1;
      const now = Date.now();
      let windows = conversations.get(conversationId);
      if (windows === undefined) {
        windows = TEAMS_LIMITS.perConversation.map((l) => new Window(l));
        conversations.set(conversationId, windows);
      }
      const all = [...windows, ...app];
      const full = all.findIndex((w) => w.full(now));
      if (full >= 0) {
        stats.overLimit += 1;
        const which = full < windows.length ? `conversation-${String(full)}` : 'app';
        stats.overLimitBy[which] = (stats.overLimitBy[which] ?? 0) + 1;
        res.writeHead(429, { 'retry-after': retryAfter, 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'TooManyRequests' } }));
        return;
      }
      for (const w of all) w.add(now);
      if (random() < rate) {
        stats.injected += 1;
        res.writeHead(429, { 'retry-after': retryAfter, 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'TooManyRequests' } }));
        return;
      }
      const key = `${conversationId}|${cardLink(body)}`;
      accepted.set(key, (accepted.get(key) ?? 0) + 1);
      acceptedAt.push(now);
      stats.acceptedTotal += 1;
      next += 1;
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `activity-${String(next)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    accepted,
    acceptedAt,
    stats,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
