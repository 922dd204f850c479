import { useCallback, useRef, useState } from 'react';
import { isConflict } from './api-error';

export interface VersionedRecord<R> {
  /** The version (eTag) of the record the page shows; undefined until it has loaded. */
  readonly version: string | undefined;
  /** Shows the server's answer in place of what the page held. */
  readonly apply: (answer: R) => void;
  /** Reads the record again (after a 409). */
  readonly reload: () => void;
}

/**
 * Writes to one record the page holds: each send carries the version the page shows, the
 * answer replaces it and a confirmation is kept to show; a 409 (changed since you opened it)
 * reloads the record, and the error stays on screen to say so.
 */
export function useVersionedWrite<R>({ version, apply, reload }: VersionedRecord<R>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const applyRef = useRef(apply);
  applyRef.current = apply;

  const write = useCallback(
    async (
      send: (version: string) => Promise<R>,
      confirmation?: string,
    ): Promise<R | undefined> => {
      if (version === undefined) return undefined;
      setPending(true);
      setError(null);
      setDone(null);
      try {
        const answer = await send(version);
        applyRef.current(answer);
        setDone(confirmation ?? null);
        return answer;
      } catch (failure) {
        setError(failure);
        if (isConflict(failure)) reload();
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [version, reload],
  );
  return { write, pending, error, done };
}
