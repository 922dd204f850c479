import type { TokenStore } from '../auth/session';
import type { TeamsHost } from '../teams/teams-host';
import { connectToTeams } from '../teams/teams-host';
import type { Session } from './bootstrap';
import { bootstrap } from './bootstrap';
import { parseHash } from './router/match';

/** A start-up under way: the Teams host (null outside Teams), then the session. */
export interface TabStart {
  readonly host: Promise<TeamsHost | null>;
  readonly session: Promise<Session>;
}

/**
 * Connects to Teams (when framed) and signs in, all at once: the entry module calls this before
 * React renders, so the requests are in flight while React starts (and a retry calls it again).
 */
export function startTab(tokens: TokenStore): TabStart {
  const host = connectToTeams().then((connected) => {
    // A Teams deep link to a tab page carries the tab route as its subPageId.
    if (connected?.subPageId?.startsWith('/')) window.location.hash = connected.subPageId;
    return connected;
  });
  const session = bootstrap({
    host,
    tokens,
    // Outside Teams a 401 means the local session has ended; inside, Teams signs in again.
    onUnauthenticated: () => {
      void host.then((connected) => {
        if (connected === null) tokens.clear();
      });
    },
    wantsHome: () => parseHash(window.location.hash).path === '/',
  });
  return { host, session };
}
