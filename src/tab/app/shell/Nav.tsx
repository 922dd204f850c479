import { mergeClasses } from '@fluentui/react-components';
import type { NavItem } from '../nav';
import { useShellStyles } from './shell.styles';

export interface NavProps {
  readonly items: readonly NavItem[];
  readonly current: NavItem | null;
}

export function Nav({ items, current }: NavProps) {
  const styles = useShellStyles();
  return (
    <nav className={styles.nav} aria-label="Workspaces">
      <ul className={styles.navList}>
        {items.map((item) => (
          <li key={item.href}>
            <a
              href={item.href}
              className={mergeClasses(styles.navLink, item === current && styles.navCurrent)}
              aria-current={item === current ? 'page' : undefined}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
