import type { MeResponse, Mode } from '../../contract/identity';
import { ApiRequestError } from '../api/api-error';
import type { Fetch } from '../api/client';
import { createApiClient } from '../api/client';
import type { Endpoints } from '../api/endpoints';
import { createEndpoints } from '../api/endpoints';
import type { TokenStore } from '../auth/session';
import { ssoTokenSource } from '../teams/sso';
import type { TeamsHost } from '../teams/teams-host';

/** Where the tab stands after start-up. */
export type Session =
  | { readonly kind: 'signed-in'; readonly me: MeResponse; readonly api: Endpoints }
  | { readonly kind: 'sign-in'; readonly api: Endpoints }
  | { readonly kind: 'open-in-teams' }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface BootstrapDeps {
  readonly host: TeamsHost | null;
  readonly tokens: TokenStore;
  readonly baseUrl?: string;
  readonly onUnauthenticated?: () => void;
  readonly fetch?: Fetch;
}

/**
 * Inside Teams: SSO (or nested app authentication) and `GET /api/me`. Outside Teams: in local
 * mode, the stored session token, or the sign-in page; in tenant mode, a note to open the app
 * in Teams. A 401 on `me` clears a stale local token and shows sign-in.
 */
export async function bootstrap(deps: BootstrapDeps): Promise<Session> {
  const base = {
    baseUrl: deps.baseUrl ?? '',
    ...(deps.onUnauthenticated === undefined ? {} : { onUnauthenticated: deps.onUnauthenticated }),
    ...(deps.fetch === undefined ? {} : { fetch: deps.fetch }),
  };
  const open = createEndpoints(createApiClient({ ...base, getToken: () => Promise.resolve(null) }));
  try {
    const health = await open.health();
    if (deps.host !== null) {
      const getToken = ssoTokenSource(deps.host, health.sso ?? null);
      const api = createEndpoints(createApiClient({ ...base, getToken }));
      return { kind: 'signed-in', me: await api.me(), api };
    }
    return await outsideTeams(health.mode, deps, base);
  } catch (error) {
    return { kind: 'failed', error };
  }
}

async function outsideTeams(
  mode: Mode,
  deps: BootstrapDeps,
  base: Omit<Parameters<typeof createApiClient>[0], 'getToken'>,
): Promise<Session> {
  if (mode !== 'local') return { kind: 'open-in-teams' };
  const api = createEndpoints(
    createApiClient({ ...base, getToken: () => Promise.resolve(deps.tokens.read()) }),
  );
  if (deps.tokens.read() === null) return { kind: 'sign-in', api };
  try {
    return { kind: 'signed-in', me: await api.me(), api };
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) {
      deps.tokens.clear();
      return { kind: 'sign-in', api };
    }
    throw error;
  }
}
