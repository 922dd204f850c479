import { Button, Field, Input } from '@fluentui/react-components';
import type { CycleResponse } from '../../contract/cycles';
import type { Cycle } from '../../domain/records/cycle';
import { useCommonStyles } from '../common/common.styles';
import { ErrorState } from '../common/ErrorState';
import { fieldError } from '../common/form-issues';
import { TIMESCALE_LABELS, useCycleEdit } from './use-cycle-edit';

export interface EditCyclePanelProps {
  readonly cycle: Cycle;
  readonly version: string;
  readonly onSaved: (answer: CycleResponse) => void;
}

/** "Dates and timescales": a planned cycle's, until it is allocated (QA lead). */
export function EditCyclePanel({ cycle, version, onSaved }: EditCyclePanelProps) {
  const styles = useCommonStyles();
  const e = useCycleEdit(cycle, version, onSaved);
  const invalid = Object.keys(e.issues).length > 0;
  return (
    <section className={styles.section} aria-labelledby="edit-cycle">
      <h2 id="edit-cycle" className={styles.sectionTitle}>
        Dates and timescales
      </h2>
      <p>
        Move the cycle or change its timescales while it is planned: they are given to auditors and
        moderators at allocation, counted in days from it.
      </p>
      <form
        className={styles.stack}
        aria-label="Dates and timescales"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void e.save.run();
        }}
      >
        <div className={styles.row}>
          <Field label="First day" required {...fieldError(e.issues['startDate'])}>
            <Input
              type="date"
              value={e.draft.startDate}
              onChange={(_, d) => {
                e.set('startDate', d.value);
              }}
            />
          </Field>
          <Field label="Last day" required {...fieldError(e.issues['endDate'])}>
            <Input
              type="date"
              value={e.draft.endDate}
              onChange={(_, d) => {
                e.set('endDate', d.value);
              }}
            />
          </Field>
        </div>
        <div className={styles.row}>
          {e.fields.map((field) => (
            <Field
              key={field}
              label={TIMESCALE_LABELS[field]}
              required
              {...fieldError(e.issues[`timescales.${field}`])}
            >
              <Input
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                value={e.draft[field]}
                onChange={(_, d) => {
                  e.set(field, d.value);
                }}
              />
            </Field>
          ))}
          <Field
            label="Re-audit after (weeks)"
            hint="For an Inadequate or Requires improvement grade. Empty: the service's (12 unless set)."
            {...fieldError(e.issues['timescales.reauditWeeks'])}
          >
            <Input
              inputMode="numeric"
              value={e.draft.reauditWeeks}
              onChange={(_, d) => {
                e.set('reauditWeeks', d.value);
              }}
            />
          </Field>
        </div>
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={e.save.pending}>
            Save dates and timescales
          </Button>
        </div>
      </form>
      {e.save.error === null || invalid ? null : (
        <ErrorState title="Not saved" error={e.save.error} />
      )}
    </section>
  );
}
