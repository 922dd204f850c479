import { useAppStyles } from './app.styles';

/** Tenant mode, opened in a plain browser: sign-in happens through Teams. */
export function OpenInTeams() {
  const styles = useAppStyles();
  return (
    <main className={styles.centre}>
      <h1>Open Audit Loop in Microsoft Teams</h1>
      <p>Audit Loop signs you in through Teams. Open it from the Audit Loop app in Teams.</p>
    </main>
  );
}
