import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useCommonStyles } from '../common/common.styles';
import { ErrorState } from '../common/ErrorState';
import { useCycleYear, yearSentence } from './use-cycle-year';

const err = (m: string | undefined) =>
  m === undefined ? {} : { validationMessage: m, validationState: 'error' as const };

/** "Generate the year": nine six-weekly case file audit cycles, named by their dates. */
export function GenerateYearForm({ onGenerated }: { readonly onGenerated: () => void }) {
  const styles = useCommonStyles();
  const y = useCycleYear(onGenerated);
  return (
    <section className={styles.section} aria-labelledby="generate-year">
      <h2 id="generate-year" className={styles.sectionTitle}>
        Generate the year
      </h2>
      <p>
        A case file audit cycle every six weeks for a year, each with the service&apos;s timescales
        and named by its dates. Cycles already planned are kept: nothing is made twice.
      </p>
      <form
        className={styles.row}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void y.generate.run();
        }}
      >
        <Field label="First cycle starts" required {...err(y.issue)}>
          <Input
            type="date"
            value={y.startDate}
            onChange={(_, d) => {
              y.setStartDate(d.value);
            }}
          />
        </Field>
        <Field
          label="Re-audit after (weeks)"
          hint="For an Inadequate or Requires improvement grade. Empty: the service's (12 unless set)."
          {...err(y.weeksIssue)}
        >
          <Input
            inputMode="numeric"
            value={y.reauditWeeks}
            onChange={(_, d) => {
              y.setReauditWeeks(d.value);
            }}
          />
        </Field>
        <Button type="submit" appearance="primary" disabled={y.generate.pending}>
          Generate the year
        </Button>
      </form>
      {y.result === null ? null : (
        <MessageBar intent="success">
          <MessageBarBody>{yearSentence(y.result)}</MessageBarBody>
        </MessageBar>
      )}
      {y.generate.error === null ? null : (
        <ErrorState title="Not generated" error={y.generate.error} />
      )}
    </section>
  );
}
