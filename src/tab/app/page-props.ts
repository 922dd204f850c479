import type { Params } from './router/match';

/** What every routed page receives: the route's parameters and the query string. */
export interface PageProps {
  readonly params: Params;
  readonly query: URLSearchParams;
}
