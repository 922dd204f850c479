/** The local-mode session token, kept for this browser tab only (sessionStorage). */
const KEY = 'audit-loop.local-token';

export interface TokenStore {
  read(): string | null;
  write(token: string): void;
  clear(): void;
}

export const sessionTokenStore = (storage: Storage = window.sessionStorage): TokenStore => ({
  read: () => storage.getItem(KEY),
  write: (token) => {
    storage.setItem(KEY, token);
  },
  clear: () => {
    storage.removeItem(KEY);
  },
});
