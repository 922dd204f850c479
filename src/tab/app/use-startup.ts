import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Endpoints } from '../api/endpoints';
import { sessionTokenStore } from '../auth/session';
import type { TeamsHost } from '../teams/teams-host';
import { connectToTeams } from '../teams/teams-host';
import type { Session } from './bootstrap';
import { bootstrap } from './bootstrap';

export interface Startup {
  /** undefined while connecting; null outside Teams. */
  readonly host: TeamsHost | null | undefined;
  readonly session: Session | null;
  /** After the local sign-in page has a token. */
  readonly signedIn: (token: string, api: Endpoints) => Promise<void>;
  readonly signOut: (() => void) | null;
  readonly retry: () => void;
}

/** Connects to Teams (or not), then signs in; the app renders whatever stage this is at. */
export function useStartup(): Startup {
  const tokens = useMemo(() => sessionTokenStore(), []);
  const [host, setHost] = useState<TeamsHost | null | undefined>(undefined);
  const [session, setSession] = useState<Session | null>(null);
  const [attempt, setAttempt] = useState(0);

  const start = useCallback(
    async (connected: TeamsHost | null) => {
      const onUnauthenticated =
        connected === null
          ? () => {
              tokens.clear();
            }
          : undefined;
      setSession(
        await bootstrap({
          host: connected,
          tokens,
          ...(onUnauthenticated === undefined ? {} : { onUnauthenticated }),
        }),
      );
    },
    [tokens],
  );

  useEffect(() => {
    let live = true;
    void connectToTeams().then(async (connected) => {
      if (!live) return;
      setHost(connected);
      if (connected?.subPageId?.startsWith('/')) window.location.hash = connected.subPageId;
      await start(connected);
    });
    return () => {
      live = false;
    };
  }, [start, attempt]);

  const signedIn = useCallback(
    async (token: string, api: Endpoints) => {
      tokens.write(token);
      try {
        setSession({ kind: 'signed-in', me: await api.me(), api });
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
