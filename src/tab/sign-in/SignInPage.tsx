import { Button, Field, SearchBox } from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { ResourceView } from '../common/ResourceView';
import { ThemeSwitcher } from '../theme/ThemeSwitcher';
import type { SignInPageProps } from './sign-in.types';
import { useSignInStyles } from './sign-in.styles';
import { useSignIn } from './use-sign-in';

/** Local mode only: act as any synthetic member of staff. */
export default function SignInPage({ api, theme, onSignedIn }: SignInPageProps) {
  const styles = useSignInStyles();
  const { staff, filter, setFilter, groups, signIn } = useSignIn(api, onSignedIn);
  useEffect(() => {
    document.title = 'Sign in · Audit Loop';
  }, []);
  return (
    <main className={styles.page}>
      <div className={styles.top}>
        <h1>Sign in to Audit Loop (local mode)</h1>
        {theme.choose === null ? null : (
          <ThemeSwitcher value={theme.name} onChange={theme.choose} />
        )}
      </div>
      <p>
        Choose a synthetic member of staff to act as. Every person and case here is made up; no real
        child is ever named.
      </p>
      {signIn.error === null ? null : <ErrorState title="Could not sign in" error={signIn.error} />}
      <Field label="Find a member of staff">
        <SearchBox
          value={filter}
          onChange={(_, data) => {
            setFilter(data.value);
          }}
        />
      </Field>
      <ResourceView resource={staff} loadingLabel="Loading staff…">
        {() =>
          groups.length === 0 ? (
            <EmptyState title="No member of staff matches that filter." />
          ) : (
            groups.map((role) => (
              <section
                key={role.role}
                className={styles.role}
                aria-labelledby={`role-${role.role}`}
              >
                <h2 id={`role-${role.role}`} className={styles.roleTitle}>
                  {role.label}
                </h2>
                {role.groups.map((group) => (
                  <div key={group.label} className={styles.role}>
                    <h3 className={styles.groupTitle}>{group.label}</h3>
                    <ul className={styles.people}>
                      {group.staff.map((person) => (
                        <li key={person.id}>
                          <Button
                            icon={<PersonRegular />}
                            disabled={signIn.pending}
                            onClick={() => void signIn.run(person.id)}
                          >
                            {person.displayName}
                          </Button>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </section>
            ))
          )
        }
      </ResourceView>
    </main>
  );
}
