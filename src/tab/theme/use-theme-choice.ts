import type { Theme } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { TeamsHost } from '../teams/teams-host';
import type { ThemeName } from './themes';
import { FLUENT_THEMES, isThemeName, themeFromSearch } from './themes';

const KEY = 'audit-loop.theme';

export interface ThemeChoice {
  readonly name: ThemeName;
  readonly theme: Theme;
  /** Outside Teams only: inside, the host's theme rules. */
  readonly choose: ((name: ThemeName) => void) | null;
}

const stored = (storage: Storage): ThemeName | null => {
  const value = storage.getItem(KEY);
  return isThemeName(value) ? value : null;
};

/**
 * The theme: `?theme=` on the URL first (tests), then the Teams host's (following its live
 * changes), then the person's own choice outside Teams, then light.
 */
export function useThemeChoice(
  host: TeamsHost | null | undefined,
  search: string = window.location.search,
  storage: Storage = window.localStorage,
): ThemeChoice {
  const forced = themeFromSearch(search);
  const [name, setName] = useState<ThemeName>(() => forced ?? stored(storage) ?? 'light');

  useEffect(() => {
    if (host === null || host === undefined || forced !== null) return;
    setName(host.theme);
    host.onThemeChange(setName);
  }, [host, forced]);

  const choose = useCallback(
    (next: ThemeName) => {
      storage.setItem(KEY, next);
      setName(next);
    },
    [storage],
  );

  return { name, theme: FLUENT_THEMES[name], choose: host ? null : choose };
}
