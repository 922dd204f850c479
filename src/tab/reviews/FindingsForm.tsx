import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReviewDto } from '../../contract/reviews';
import type { ReviewFindings } from '../../domain/records/review';
import { useCommonStyles } from '../common/common.styles';
import { fieldError, serverIssues } from '../common/form-issues';

export interface FindingsFormProps {
  readonly review: ReviewDto;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onComplete: (findings: ReviewFindings) => Promise<unknown>;
}

const FIELDS = [
  ['findings', 'Findings'],
  ['learning', 'Learning'],
  ['recommendations', 'Recommendations'],
] as const;

/** Findings, learning and recommendations (section 6), then the review is completed. */
export function FindingsForm({ review, pending, error, onComplete }: FindingsFormProps) {
  const styles = useCommonStyles();
  const [values, setValues] = useState<ReviewFindings>(review.record.findings);
  const [tried, setTried] = useState(false);
  const issues = serverIssues(error);
  const open = review.record.sample.length - review.record.answers.length;
  return (
    <form
      className={styles.stack}
      aria-label="Findings, learning and recommendations"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (FIELDS.some(([f]) => values[f].trim() === '')) return;
        void onComplete(values);
      }}
    >
      {open > 0 ? (
        <p className={styles.muted}>
          {String(open)} sampled {open === 1 ? 'case needs' : 'cases need'} answers before this can
          be completed.
        </p>
      ) : null}
      {issues['answers'] ? <p role="alert">Answers: {issues['answers']}</p> : null}
      {FIELDS.map(([field, label]) => (
        <Field
          key={field}
          label={label}
          required
          {...fieldError(
            tried && values[field].trim() === ''
              ? `Write the ${label.toLowerCase()}.`
              : issues[field],
          )}
        >
          <Textarea
            value={values[field]}
            resize="vertical"
            maxLength={8000}
            onChange={(_, d) => {
              setValues((v) => ({ ...v, [field]: d.value }));
            }}
          />
        </Field>
      ))}
      <div>
        <Button type="submit" appearance="primary" disabled={pending}>
          Complete with these findings
        </Button>
      </div>
    </form>
  );
}
