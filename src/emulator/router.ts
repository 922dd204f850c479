import type { EmulatorContext } from './context.js';
import type { EmuRequest, EmuResponse } from './http/exchange.js';

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
  handler: Handler;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrongMethod' }
  | { kind: 'none'; segment: string };

/**
 * Splits a path into segments, folding Graph's site-path form
 * `/sites/{hostname}:/sites/{name}:/lists` into `/sites/{hostname:/sites/name}/lists`.
 */
export function segmentsOf(path: string): string[] {
  const sitePath = /^\/sites\/([^/:]+):(\/[^:]*?)\/?(?::(\/.*))?$/.exec(path);
  if (sitePath) {
    const rest = ((sitePath[3] as string | undefined) ?? '').split('/').filter((s) => s !== '');
    return ['sites', `${sitePath[1]}:${sitePath[2]}`, ...rest.map(decodeURIComponent)];
  }
  return path
    .split('/')
    .filter((s) => s !== '')
    .map(decodeURIComponent);
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
