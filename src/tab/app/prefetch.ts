import type { HomeResponse } from '../../contract/home';
import type { Endpoints } from '../api/endpoints';

/** A request's outcome, kept so a failure nobody asked for yet is not an unhandled rejection. */
export type Settled<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

export const settle = <T>(work: Promise<T>): Promise<Settled<T>> =>
  work.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );

export const unwrap = async <T>(settled: Promise<Settled<T>>): Promise<T> => {
  const outcome = await settled;
  if (outcome.ok) return outcome.value;
  throw outcome.error;
};

/** How long an answer asked for at start-up may stand in for the page's own request. */
export const PREFETCH_FRESH_MS = 10_000;

/**
 * The endpoints, with `home()` answered once by the request made at start-up (beside `me`),
 * so the home page does not wait for a round trip it could have had already. Later calls, and
 * a first call after `freshMs`, ask the server as usual.
 */
export function withPrefetchedHome(
  api: Endpoints,
  home: Promise<Settled<HomeResponse>>,
  now: () => number = () => Date.now(),
  freshMs: number = PREFETCH_FRESH_MS,
): Endpoints {
  const asked = now();
  let prefetched: Promise<Settled<HomeResponse>> | null = home;
  return {
    ...api,
    home: () => {
      const answer = prefetched;
      prefetched = null;
      return answer !== null && now() - asked < freshMs ? unwrap(answer) : api.home();
    },
  };
}

/** `me`, and the home page's data beside it when the tab opens on the home page. */
export function signedInRequests(api: Endpoints, wantsHome: boolean) {
  return {
    me: settle(api.me()),
    api: wantsHome ? withPrefetchedHome(api, settle(api.home())) : api,
  };
}
