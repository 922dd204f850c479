import { Button, Field, Textarea } from '@fluentui/react-components';
import type { CycleCloseResponse } from '../../contract/cycles';
import { useCommonStyles } from '../common/common.styles';
import { ErrorState } from '../common/ErrorState';
import { useCloseCycle } from './use-close-cycle';

export interface CloseCyclePanelProps {
  readonly cycleId: string;
  readonly version: string;
  readonly openInCycle: number;
  readonly onClosed: (result: CycleCloseResponse) => void;
}

/** "Close this cycle": with a reason when audits are still open. */
export function CloseCyclePanel(props: CloseCyclePanelProps) {
  const styles = useCommonStyles();
  const c = useCloseCycle(props.cycleId, props.version, props.openInCycle, props.onClosed);
  return (
    <section className={styles.section} aria-labelledby="close-cycle">
      <h2 id="close-cycle" className={styles.sectionTitle}>
        Close this cycle
      </h2>
      <p>
        {c.needsReason
          ? `${String(props.openInCycle)} audits are neither moderated nor closed. Closing now records why, and names them.`
          : 'Every audit is moderated or closed: the cycle can close (the scheduler closes it within the hour).'}
      </p>
      <form
        className={styles.stack}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void c.close.run();
        }}
      >
        {c.needsReason ? (
          <Field
            label="Why close with audits open"
            required
            {...(c.issue === undefined
              ? {}
              : { validationMessage: c.issue, validationState: 'error' as const })}
          >
            <Textarea
              value={c.reason}
              onChange={(_, d) => {
                c.setReason(d.value);
              }}
            />
          </Field>
        ) : null}
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={c.close.pending}>
            Close this cycle
          </Button>
        </div>
      </form>
      {c.close.error === null ? null : <ErrorState title="Not closed" error={c.close.error} />}
    </section>
  );
}
