import { useId } from 'react';
import type { ThemeName } from './themes';
import { isThemeName, THEME_LABELS, THEME_NAMES } from './themes';
import { useThemeSwitcherStyles } from './theme-switcher.styles';

export interface ThemeSwitcherProps {
  readonly value: ThemeName;
  readonly onChange: (name: ThemeName) => void;
}

/**
 * Light, dark or high contrast, outside Teams (inside, Teams' own theme is used). A native
 * select in Fluent's tokens: keyboard and screen readers know it, and it keeps the shell's
 * first load small (Fluent's Select and Field would add ~4 kB gzip to it).
 */
export function ThemeSwitcher({ value, onChange }: ThemeSwitcherProps) {
  const styles = useThemeSwitcherStyles();
  const id = useId();
  return (
    <span className={styles.root}>
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        className={styles.select}
        value={value}
        onChange={(event) => {
          if (isThemeName(event.target.value)) onChange(event.target.value);
        }}
      >
        {THEME_NAMES.map((name) => (
          <option key={name} value={name}>
            {THEME_LABELS[name]}
          </option>
        ))}
      </select>
    </span>
  );
}
