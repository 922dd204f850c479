import type { Theme } from '@fluentui/react-components';
import { teamsLightTheme } from '@fluentui/react-components';
import type { ThemeName } from './themes';

/**
 * The Fluent theme for each name. Light ships with the first chunk; dark and high contrast
 * (about 5 kB gzip of colour tokens) load the first time they are shown.
 */
const loaders: Record<ThemeName, () => Promise<Theme>> = {
  light: () => Promise.resolve(teamsLightTheme),
  dark: () => import('./dark-theme').then((module) => module.theme),
  contrast: () => import('./contrast-theme').then((module) => module.theme),
};

const loaded = new Map<ThemeName, Theme>([['light', teamsLightTheme]]);
const loading = new Map<ThemeName, Promise<Theme>>();

export const isThemeLoaded = (name: ThemeName): boolean => loaded.has(name);

/** The theme if it has loaded, else light (always there). */
export const loadedTheme = (name: ThemeName): Theme => loaded.get(name) ?? teamsLightTheme;

/** Loads the theme once; later calls share the first load. */
export function loadTheme(name: ThemeName): Promise<Theme> {
  const ready = loaded.get(name);
  if (ready !== undefined) return Promise.resolve(ready);
  let pending = loading.get(name);
  if (pending === undefined) {
    pending = loaders[name]().then(
      (theme) => {
        loaded.set(name, theme);
        return theme;
      },
      (error: unknown) => {
        loading.delete(name); // let a later choice try again
        throw error;
      },
    );
    loading.set(name, pending);
  }
  return pending;
}
