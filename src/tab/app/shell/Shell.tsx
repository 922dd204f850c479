import { Button } from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef } from 'react';
import type { MeResponse } from '../../../contract/identity';
import { ROLE_LABELS } from '../../../domain/records/staff';
import type { Endpoints } from '../../api/endpoints';
import { ThemeSwitcher } from '../../theme/ThemeSwitcher';
import type { ThemeChoice } from '../../theme/use-theme-choice';
import { currentItem, navFor } from '../nav';
import { RouterContext } from '../router/router-context';
import { useLocation } from '../router/use-location';
import { SessionContext } from '../session-context';
import { Nav } from './Nav';
import { RouteView } from './RouteView';
import { useShellStyles } from './shell.styles';

export interface ShellProps {
  readonly me: MeResponse;
  readonly api: Endpoints;
  readonly theme: ThemeChoice;
  readonly signOut: (() => void) | null;
}

/** Header, workspace navigation and the routed page, for the signed-in person. */
export function Shell({ me, api, theme, signOut }: ShellProps) {
  const styles = useShellStyles();
  const location = useLocation();
  const items = useMemo(() => navFor(me.role, me.mode), [me.role, me.mode]);
  const current = currentItem(items, location.path, location.query);
  const session = useMemo(() => ({ me, api, signOut }), [me, api, signOut]);
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Move focus to the new page on navigation, so keyboard and screen reader users land there.
    if (first.current) first.current = false;
    else mainRef.current?.focus();
  }, [location.path]);

  return (
    <SessionContext.Provider value={session}>
      <RouterContext.Provider value={location}>
        <header className={styles.header}>
          <p className={styles.brand}>Audit Loop</p>
          <div className={styles.person}>
            <span className={styles.who}>
              {me.displayName} · {ROLE_LABELS[me.role]}
              {me.teamName === null ? '' : ` · ${me.teamName}`}
            </span>
            {theme.choose === null ? null : (
              <ThemeSwitcher value={theme.name} onChange={theme.choose} />
            )}
            {signOut === null ? null : (
              <Button appearance="subtle" icon={<SignOutRegular />} onClick={signOut}>
                Sign out
              </Button>
            )}
          </div>
        </header>
        <Nav items={items} current={current} />
        <main ref={mainRef} id="main" tabIndex={-1} className={styles.main}>
          <RouteView />
        </main>
      </RouterContext.Provider>
    </SessionContext.Provider>
  );
}
