import { useCallback, useRef, useState } from 'react';

export interface Command<A extends readonly unknown[], R> {
  /** Runs the write; resolves to its result, or to undefined when it failed (see `error`). */
  readonly run: (...args: A) => Promise<R | undefined>;
  readonly pending: boolean;
  readonly error: unknown;
  readonly clearError: () => void;
}

/** One write at a time, with its pending flag and its last error kept for the UI to show. */
export function useCommand<A extends readonly unknown[], R>(
  write: (...args: A) => Promise<R>,
): Command<A, R> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const writeRef = useRef(write);
  writeRef.current = write;
  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    setPending(true);
    setError(null);
    try {
      return await writeRef.current(...args);
    } catch (failure) {
      setError(failure);
      return undefined;
    } finally {
      setPending(false);
    }
  }, []);
  const clearError = useCallback(() => {
    setError(null);
  }, []);
  return { run, pending, error, clearError };
}
