import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Endpoints } from '../api/endpoints';
import { sessionTokenStore } from '../auth/session';
import type { TeamsHost } from '../teams/teams-host';
import type { Session } from './bootstrap';
import { signedInRequests, unwrap } from './prefetch';
import { parseHash } from './router/match';
import type { TabStart } from './start-tab';
import { startTab } from './start-tab';

export interface Startup {
  /** undefined while connecting; null outside Teams. */
  readonly host: TeamsHost | null | undefined;
  readonly session: Session | null;
  /** After the local sign-in page has a token. */
  readonly signedIn: (token: string, api: Endpoints) => Promise<void>;
  readonly signOut: (() => void) | null;
  readonly retry: () => void;
}

/**
 * The start-up begun by the entry module (`first`), or a new one after a retry or sign-out;
 * the app renders whatever stage it is at.
 */
export function useStartup(first: TabStart): Startup {
  const tokens = useMemo(() => sessionTokenStore(), []);
  const [host, setHost] = useState<TeamsHost | null | undefined>(undefined);
  const [session, setSession] = useState<Session | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const start = attempt === 0 ? first : startTab(tokens);
    void start.host.then((connected) => {
      if (live) setHost(connected);
    });
    void start.session.then((next) => {
      if (live) setSession(next);
    });
    return () => {
      live = false;
    };
  }, [first, tokens, attempt]);

  const signedIn = useCallback(
    async (token: string, api: Endpoints) => {
      tokens.write(token);
      const requests = signedInRequests(api, parseHash(window.location.hash).path === '/');
      try {
        setSession({ kind: 'signed-in', me: await unwrap(requests.me), api: requests.api });
      } catch (error) {
        setSession({ kind: 'failed', error });
      }
    },
    [tokens],
  );

  const signOut = useCallback(() => {
    tokens.clear();
    setSession(null);
    setAttempt((n) => n + 1);
  }, [tokens]);

  return {
    host,
    session,
    signedIn,
    signOut: host === null ? signOut : null,
    retry: () => {
      setSession(null);
      setAttempt((n) => n + 1);
    },
  };
}
