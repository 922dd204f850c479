import { useCallback, useEffect, useState } from 'react';
import type { Location } from './match';
import { parseHash } from './match';

/** The current hash route, kept in step with the address bar. */
export function useLocation(): Location & { readonly navigate: (href: string) => void } {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => {
      setHash(window.location.hash);
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
    };
  }, []);
  const navigate = useCallback((href: string) => {
    window.location.hash = href.replace(/^#/, '');
  }, []);
  return { ...parseHash(hash), navigate };
}
