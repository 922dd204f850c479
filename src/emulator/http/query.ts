import { GRAPH_ROOT } from '../context.js';
import type { EmuRequest } from './exchange.js';

/** A system query option; Graph takes `$top` and `top` alike. */
export function option(req: EmuRequest, name: string): string | null {
  return req.query.get(`$${name}`) ?? req.query.get(name);
}

/**
 * The absolute Graph URL of the same request with other options, for nextLink and deltaLink.
 * Values are percent-encoded; the `$` of option names is kept, as Graph writes its links.
 */
export function graphLink(
  req: EmuRequest,
  replace: Record<string, string>,
  drop: string[] = [],
): string {
  const removed = new Set(
    [...Object.keys(replace), ...drop].flatMap((k) => [k, k.replace(/^\$/, '')]),
  );
  const pairs: string[] = [];
  for (const [key, value] of req.query) {
    if (!removed.has(key)) pairs.push(`${key}=${encodeURIComponent(value)}`);
  }
  for (const [key, value] of Object.entries(replace))
    pairs.push(`${key}=${encodeURIComponent(value)}`);
  return `${GRAPH_ROOT}${req.path}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}`;
}
