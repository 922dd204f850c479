import { createContext, useContext } from 'react';
import type { MeResponse } from '../../contract/identity';
import type { Endpoints } from '../api/endpoints';

export interface SessionValue {
  readonly me: MeResponse;
  readonly api: Endpoints;
  readonly signOut: (() => void) | null;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** The signed-in person and the API; only inside the signed-in shell. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside the signed-in shell');
  return value;
}
