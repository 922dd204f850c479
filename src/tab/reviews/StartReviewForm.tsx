import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReviewKind } from '../../domain/records/review';
import { useCommonStyles } from '../common/common.styles';
import { ErrorState } from '../common/ErrorState';
import { fieldError, serverIssues } from '../common/form-issues';

export interface StartReviewFormProps {
  readonly kind: ReviewKind;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onStart: (kind: ReviewKind, theme: string) => Promise<void>;
}

/** A theme, then the new thematic audit or dip sample opens to be designed. */
export function StartReviewForm({ kind, pending, error, onStart }: StartReviewFormProps) {
  const styles = useCommonStyles();
  const [theme, setTheme] = useState('');
  const [tried, setTried] = useState(false);
  const issue =
    tried && theme.trim() === '' ? 'Say what is under review.' : serverIssues(error)['theme'];
  const name = kind === 'ThematicAudit' ? 'Set up a thematic audit' : 'Start a dip sample';
  return (
    <form
      className={styles.stack}
      aria-label={name}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (theme.trim() !== '') void onStart(kind, theme.trim());
      }}
    >
      {error !== null && !('theme' in serverIssues(error)) ? (
        <ErrorState title="Not started" error={error} />
      ) : null}
      <Field label="Theme (what is under review)" required {...fieldError(issue)}>
        <Input
          value={theme}
          maxLength={200}
          onChange={(_, d) => {
            setTheme(d.value);
          }}
        />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={pending}>
          {name}
        </Button>
      </div>
    </form>
  );
}
