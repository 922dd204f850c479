export const THEME_NAMES = ['light', 'dark', 'contrast'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export const THEME_LABELS: Record<ThemeName, string> = {
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

export const isThemeName = (value: unknown): value is ThemeName =>
  typeof value === 'string' && (THEME_NAMES as readonly string[]).includes(value);

/** Teams names its themes 'default', 'dark' and 'contrast'. */
export const fromTeamsTheme = (teamsTheme: string | undefined): ThemeName => {
  switch (teamsTheme) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'light';
  }
};

/** `?theme=dark|contrast|light` on the page's URL (used by tests and screenshots). */
export const themeFromSearch = (search: string): ThemeName | null => {
  const value = new URLSearchParams(search).get('theme');
  return isThemeName(value) ? value : null;
};
