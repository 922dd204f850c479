import { createContext, useContext } from 'react';
import type { Location } from './match';

export interface RouterValue extends Location {
  readonly navigate: (href: string) => void;
}

export const RouterContext = createContext<RouterValue>({
  path: '/',
  query: new URLSearchParams(),
  navigate: () => undefined,
});

export const useRouter = (): RouterValue => useContext(RouterContext);
