import type { EmulatorContext } from './context.js';
import type { EmuRequest, EmuResponse } from './http/exchange.js';
import type { Units } from './throttle/costs.js';

/** Runs a request that arrived inside a $batch. */
export type SubRequestRunner = (req: EmuRequest) => Promise<EmuResponse>;

export type Handler = (
  req: EmuRequest,
  params: Record<string, string>,
  ctx: EmulatorContext,
  runSubRequest: SubRequestRunner,
) => EmuResponse | Promise<EmuResponse>;

export interface Route {
  method: string;
  /** e.g. `/sites/:site/lists/:list/items/:item` */
  path: string;
  /** Counter name, e.g. 'items.list'. */
  op: string;
  /** Resource units the request costs; by default 1 for a GET, 2 for a write. */
  units?: Units;
  handler: Handler;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrongMethod' }
  | { kind: 'none'; segment: string };

const plain = (path: string) =>
  path
    .split('/')
    .filter((s) => s !== '')
    .map(decodeURIComponent);

/** Folds a drive item path `…/root:/{path}:/rest` into one `root:/{path}` segment. */
function withItemPath(path: string): string[] {
  const at = path.search(/\/root:\//i);
  if (at < 0) return plain(path);
  const after = path.slice(at + '/root:'.length);
  const colon = after.indexOf(':');
  const itemPath = (colon < 0 ? after : after.slice(0, colon)).replace(/\/$/, '');
  const rest = colon < 0 ? '' : after.slice(colon + 1);
  return [...plain(path.slice(0, at)), `root:${decodeURIComponent(itemPath)}`, ...plain(rest)];
}

/**
 * Splits a path into segments, folding Graph's site-path form
 * `/sites/{hostname}:/sites/{name}:/lists` into `/sites/{hostname:/sites/name}/lists`, and a
 * drive item path `/drive/root:/{path}:/content` into `/drive/{root:/path}/content`.
 */
export function segmentsOf(path: string): string[] {
  const sitePath = /^\/sites\/([^/:]+):(\/[^:]*?)\/?(?::(\/.*))?$/.exec(path);
  if (sitePath) {
    const rest = (sitePath[3] as string | undefined) ?? '';
    return ['sites', `${sitePath[1]}:${sitePath[2]}`, ...withItemPath(rest)];
  }
  return withItemPath(path);
}

export function matchRoute(routes: Route[], method: string, path: string): RouteMatch {
  const segments = segmentsOf(path).map((s) => (s === 'delta()' ? 'delta' : s));
  let pathMatched = false;
  let deepest = 0;
  for (const route of routes) {
    const pattern = route.path.split('/').filter((s) => s !== '');
    const params: Record<string, string> = {};
    let matched = 0;
    for (; matched < pattern.length && matched < segments.length; matched += 1) {
      const want = pattern[matched];
      if (want.startsWith(':')) params[want.slice(1)] = segments[matched];
      else if (want.toLowerCase() !== segments[matched].toLowerCase()) break;
    }
    deepest = Math.max(deepest, matched);
    if (matched !== pattern.length || pattern.length !== segments.length) continue;
    if (route.method !== method) {
      pathMatched = true;
      continue;
    }
    return { kind: 'found', route, params };
  }
  if (pathMatched) return { kind: 'wrongMethod' };
  return { kind: 'none', segment: segments[Math.min(deepest, segments.length - 1)] ?? '' };
}
