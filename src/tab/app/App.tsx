import { FluentProvider } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { ErrorState } from '../common/ErrorState';
import { Loading } from '../common/Loading';
import { useThemeChoice } from '../theme/use-theme-choice';
import { useAppStyles } from './app.styles';
import { OpenInTeams } from './OpenInTeams';
import { Shell } from './shell/Shell';
import type { TabStart } from './start-tab';
import { useStartup } from './use-startup';

const SignInPage = lazy(() => import('../sign-in/SignInPage'));

/** The tab: theme, start-up (Teams, sign-in; begun by the entry), then the shell and page. */
export function App({ start }: { readonly start: TabStart }) {
  const startup = useStartup(start);
  const theme = useThemeChoice(startup.host);
  const styles = useAppStyles();
  const session = startup.session;
  return (
    <FluentProvider theme={theme.theme}>
      {/* Styles on an inner element: FluentProvider copies its own classes onto portals. */}
      <div className={styles.provider}>
        {session === null ? (
          <main className={styles.centre}>
            <Loading label="Starting Audit Loop…" />
          </main>
        ) : session.kind === 'signed-in' ? (
          <Shell me={session.me} api={session.api} theme={theme} signOut={startup.signOut} />
        ) : session.kind === 'sign-in' ? (
          <Suspense fallback={<Loading />}>
            <SignInPage api={session.api} theme={theme} onSignedIn={startup.signedIn} />
          </Suspense>
        ) : session.kind === 'open-in-teams' ? (
          <OpenInTeams />
        ) : (
          <main className={styles.centre}>
            <ErrorState
              title="Audit Loop could not start"
              error={session.error}
              onRetry={startup.retry}
            />
          </main>
        )}
      </div>
    </FluentProvider>
  );
}
