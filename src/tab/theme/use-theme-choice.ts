import type { Theme } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { TeamsHost } from '../teams/teams-host';
import { isThemeLoaded, loadedTheme, loadTheme } from './fluent-themes';
import type { ThemeName } from './themes';
import { isThemeName, themeFromSearch } from './themes';

const KEY = 'audit-loop.theme';

export interface ThemeChoice {
  /** The theme chosen (the switcher's value); `theme` follows once it has loaded. */
  readonly name: ThemeName;
  readonly theme: Theme;
  /** Outside Teams only: inside, the host's theme rules. */
  readonly choose: ((name: ThemeName) => void) | null;
}

const stored = (storage: Storage): ThemeName | null => {
  const value = storage.getItem(KEY);
  return isThemeName(value) ? value : null;
};

/** The theme before Teams has answered: `?theme=`, then the person's choice, then light. */
export const initialThemeName = (
  search: string = window.location.search,
  storage: Storage = window.localStorage,
): ThemeName => themeFromSearch(search) ?? stored(storage) ?? 'light';

/**
 * The theme: `?theme=` on the URL first (tests), then the Teams host's (following its live
 * changes), then the person's own choice outside Teams, then light. A theme not loaded yet is
 * shown once it has loaded; until then the one before stays.
 */
export function useThemeChoice(
  host: TeamsHost | null | undefined,
  search: string = window.location.search,
  storage: Storage = window.localStorage,
): ThemeChoice {
  const forced = themeFromSearch(search);
  const [name, setName] = useState<ThemeName>(() => initialThemeName(search, storage));
  const [shown, setShown] = useState<ThemeName>(() => (isThemeLoaded(name) ? name : 'light'));

  useEffect(() => {
    if (host === null || host === undefined || forced !== null) return;
    setName(host.theme);
    host.onThemeChange(setName);
  }, [host, forced]);

  useEffect(() => {
    let live = true;
    loadTheme(name).then(
      () => {
        if (live) setShown(name);
      },
      (error: unknown) => {
        console.warn(`The ${name} theme could not be loaded; keeping the one shown`, error);
      },
    );
    return () => {
      live = false;
    };
  }, [name]);

  const choose = useCallback(
    (next: ThemeName) => {
      storage.setItem(KEY, next);
      setName(next);
    },
    [storage],
  );

  return { name, theme: loadedTheme(shown), choose: host ? null : choose };
}
