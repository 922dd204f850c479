import { Button, Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { AuditQuality } from '../../domain/records/audit-quality';
import {
  QUALITY_CRITERIA,
  QUALITY_CRITERION_LABELS,
  QUALITY_SCORES,
  QUALITY_SCORE_LABELS,
} from '../../domain/records/audit-quality';
import type { AuditWrite } from '../audits/audits.types';
import { formatDate } from '../common/format';
import { useModerationStyles } from '../moderation/moderation.styles';
import { useQualityRubric } from './use-quality-rubric';

const err = (message: string | undefined) =>
  message === undefined ? {} : { validationMessage: message, validationState: 'error' as const };

export interface QualityRubricFormProps {
  readonly last: AuditQuality | null;
  readonly write: AuditWrite;
  readonly pending: boolean;
}

/**
 * The audit of audits: the quality of the audit itself, scored on a short rubric, apart from
 * agreeing with its grade. It goes to the auditor for their development.
 */
export function QualityRubricForm({ last, write, pending }: QualityRubricFormProps) {
  const styles = useModerationStyles();
  const r = useQualityRubric(last);
  return (
    <form
      className={styles.form}
      aria-labelledby="quality-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const body = r.body();
        if (body !== null) void write('moderation/quality', body);
      }}
    >
      <h2 id="quality-heading" className={styles.heading}>
        Quality of the audit
      </h2>
      <Text>
        Separate from agreeing with the grade: how well the audit itself was done. The auditor sees
        these scores for their development.
      </Text>
      {last === null ? null : <Text>Last scored on {formatDate(last.scoredAt)}.</Text>}
      {QUALITY_CRITERIA.map((criterion) => (
        <Field
          key={criterion}
          label={QUALITY_CRITERION_LABELS[criterion]}
          required
          {...err(r.issues[criterion])}
        >
          <RadioGroup
            layout="horizontal"
            className={styles.wrap}
            value={r.choices[criterion] ?? ''}
            onChange={(_, d) => {
              r.choose(criterion, d.value);
            }}
          >
            {QUALITY_SCORES.map((score) => (
              <Radio key={score} value={score} label={QUALITY_SCORE_LABELS[score]} />
            ))}
          </RadioGroup>
        </Field>
      ))}
      <div>
        <Button type="submit" appearance="primary" disabled={pending}>
          {last === null ? 'Record the quality scores' : 'Update the quality scores'}
        </Button>
      </div>
    </form>
  );
}
