import { Button } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import { describeError } from '../api/api-error';
import { useErrorStateStyles } from './error-state.styles';

export interface ErrorStateProps {
  readonly error: unknown;
  readonly title?: string;
  readonly onRetry?: () => void;
}

/**
 * A failure in plain words, with a retry where one makes sense. Fluent's danger colours on a
 * plain alert (not a MessageBar): it is on the start-up and home page's path, and costs ~1 kB
 * gzip there instead of ~5 kB.
 */
export function ErrorState({ error, title = 'That did not work', onRetry }: ErrorStateProps) {
  const styles = useErrorStateStyles();
  return (
    <div className={styles.root} role="alert">
      <ErrorCircleRegular className={styles.icon} aria-hidden="true" />
      <p className={styles.body}>
        <strong className={styles.title}>{title}</strong>
        {describeError(error)}
      </p>
      {onRetry === undefined ? null : (
        <Button icon={<ArrowClockwiseRegular />} onClick={onRetry}>
          Retry
        </Button>
      )}
    </div>
  );
}
