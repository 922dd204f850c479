import type { MeResponse, Mode } from '../../contract/identity';
import { ApiRequestError } from '../api/api-error';
import type { Fetch } from '../api/client';
import { createApiClient } from '../api/client';
import type { Endpoints } from '../api/endpoints';
import { createEndpoints } from '../api/endpoints';
import type { TokenStore } from '../auth/session';
import { ssoTokenSource } from '../teams/sso';
import type { TeamsHost } from '../teams/teams-host';
import type { Settled } from './prefetch';
import { settle, signedInRequests, unwrap } from './prefetch';

/** Where the tab stands after start-up. */
export type Session =
  | { readonly kind: 'signed-in'; readonly me: MeResponse; readonly api: Endpoints }
  | { readonly kind: 'sign-in'; readonly api: Endpoints }
  | { readonly kind: 'open-in-teams' }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface BootstrapDeps {
  /** The Teams host, or null outside Teams; may still be connecting. */
  readonly host: TeamsHost | null | Promise<TeamsHost | null>;
  readonly tokens: TokenStore;
  readonly baseUrl?: string;
  readonly onUnauthenticated?: () => void;
  readonly fetch?: Fetch;
  /** Whether the tab opens on the home page, asked once signed in (a deep link may move it). */
  readonly wantsHome?: () => boolean;
}

type ClientBase = Omit<Parameters<typeof createApiClient>[0], 'getToken'>;

/**
 * Inside Teams: SSO (or nested app authentication) and `GET /api/me`. Outside Teams: in local
 * mode, the stored session token, or the sign-in page; in tenant mode, a note to open the app
 * in Teams. A 401 on `me` clears a stale local token and shows sign-in.
 *
 * Nothing waits that need not: `/api/health` goes out while Teams connects; outside Teams, a
 * stored session's `/api/me` goes out beside it; once there is a token, `/api/home` goes out
 * beside `/api/me` when the tab opens on the home page. The answers are then read in the order
 * above, so what the person sees is decided exactly as if the requests had run one by one.
 */
export async function bootstrap(deps: BootstrapDeps): Promise<Session> {
  const base: ClientBase = {
    baseUrl: deps.baseUrl ?? '',
    ...(deps.onUnauthenticated === undefined ? {} : { onUnauthenticated: deps.onUnauthenticated }),
    ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }),
  };
  const wantsHome = deps.wantsHome ?? (() => false);
  const open = createEndpoints(createApiClient({ ...base, getToken: () => Promise.resolve(null) }));
  const health = settle(open.health());
  const host = await deps.host;
  try {
    if (host !== null) {
      const { sso } = await unwrap(health);
      const getToken = ssoTokenSource(host, sso ?? null);
      const requests = signedInRequests(
        createEndpoints(createApiClient({ ...base, getToken })),
        wantsHome(),
      );
      return { kind: 'signed-in', me: await unwrap(requests.me), api: requests.api };
    }
    const api = createEndpoints(
      createApiClient({ ...base, getToken: () => Promise.resolve(deps.tokens.read()) }),
    );
    const requests = deps.tokens.read() === null ? null : signedInRequests(api, wantsHome());
    const { mode } = await unwrap(health);
    return await outsideTeams(mode, deps.tokens, api, requests);
  } catch (error) {
    return { kind: 'failed', error };
  }
}

async function outsideTeams(
  mode: Mode,
  tokens: TokenStore,
  api: Endpoints,
  requests: { readonly me: Promise<Settled<MeResponse>>; readonly api: Endpoints } | null,
): Promise<Session> {
  if (mode !== 'local') return { kind: 'open-in-teams' };
  if (requests === null) return { kind: 'sign-in', api };
  try {
    return { kind: 'signed-in', me: await unwrap(requests.me), api: requests.api };
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) {
      tokens.clear();
      return { kind: 'sign-in', api };
    }
    throw error;
  }
}
