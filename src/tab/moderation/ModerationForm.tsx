import { Button, Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { Grade } from '../../domain/records/grade';
import { GRADES } from '../../domain/records/grade';
import { GradeBadge } from '../common/badges';
import type { AuditWrite } from '../audits/audits.types';
import { useModerationStyles } from './moderation.styles';
import { useModerate } from './use-moderate';

const err = (message: string | undefined) =>
  message === undefined ? {} : { validationMessage: message, validationState: 'error' as const };

export interface ModerationFormProps {
  readonly auditorGrade: Grade | null;
  readonly write: AuditWrite;
  readonly pending: boolean;
}

/** Agree, or disagree with a moderated grade and reasons (the auditor's grade is kept). */
export function ModerationForm({ auditorGrade, write, pending }: ModerationFormProps) {
  const styles = useModerationStyles();
  const m = useModerate(auditorGrade);
  return (
    <form
      className={styles.form}
      aria-label="Moderation"
      onSubmit={(event) => {
        event.preventDefault();
        const body = m.body();
        if (body !== null) void write('moderation', body);
      }}
    >
      <div>
        Auditor's grade: <GradeBadge grade={auditorGrade} />
      </div>
      <Field label="Your moderation" required {...err(m.issues.outcome)}>
        <RadioGroup
          value={m.outcome}
          onChange={(_, d) => {
            m.setOutcome(d.value === 'Disagreed' ? 'Disagreed' : 'Agreed');
          }}
        >
          <Radio value="Agreed" label="I agree with the grade" />
          <Radio value="Disagreed" label="I disagree with the grade" />
        </RadioGroup>
      </Field>
      {m.outcome === 'Disagreed' ? (
        <Field label="Moderated grade" required {...err(m.issues.moderatedGrade)}>
          <RadioGroup
            value={m.moderatedGrade}
            onChange={(_, d) => {
              m.setModeratedGrade(d.value);
            }}
          >
            {GRADES.filter((g) => g !== auditorGrade).map((g) => (
              <Radio key={g} value={g} label={g} />
            ))}
          </RadioGroup>
        </Field>
      ) : null}
      <Field
        label="Reasons"
        required={m.outcome === 'Disagreed'}
        hint="If you disagree, this goes to the auditor as a learning conversation"
        {...err(m.issues.reasons)}
      >
        <Textarea
          value={m.reasons}
          resize="vertical"
          onChange={(_, d) => {
            m.setReasons(d.value);
          }}
        />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={pending}>
          Record moderation
        </Button>
      </div>
    </form>
  );
}
