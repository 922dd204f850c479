import { useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> =
  | { readonly status: 'loading'; readonly reload: () => void }
  | { readonly status: 'error'; readonly error: unknown; readonly reload: () => void }
  | {
      readonly status: 'ready';
      readonly data: T;
      readonly reload: () => void;
      /** Replace the data with what a write returned, without a round trip. */
      readonly replace: (next: T) => void;
    };

type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: T };

/**
 * Loads once per key and on `reload`; ignores answers that arrive after a newer request or
 * after unmount, so a slow answer never overwrites a fresh one.
 */
export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    loadRef.current().then(
      (data) => {
        if (current) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', error });
      },
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const reload = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  const replace = useCallback((data: T) => {
    setState({ status: 'ready', data });
  }, []);

  switch (state.status) {
    case 'loading':
      return { status: 'loading', reload };
    case 'error':
      return { status: 'error', error: state.error, reload };
    case 'ready':
      return { status: 'ready', data: state.data, reload, replace };
  }
}
