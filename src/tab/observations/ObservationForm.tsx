import { Button, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { GRADES } from '../../domain/records/grade';
import { OBSERVATION_SETTINGS } from '../../domain/records/observation';
import { ChoiceField, choicesOf } from '../common/ChoiceField';
import { fieldError } from '../common/form-issues';
import { useObservationsStyles } from './observations.styles';
import { SETTING_LABELS } from './observations.types';
import type { ObservationsState } from './use-observations';

const TEXTS = [
  { field: 'strengths', label: 'Strengths', required: true },
  { field: 'development', label: 'Areas for development', required: true },
  { field: 'learning', label: 'Learning to share', required: false },
] as const;

/** "Record an observation" on the template; the team and service are the practitioner's. */
export function ObservationForm({ o }: { readonly o: ObservationsState }) {
  const styles = useObservationsStyles();
  const { draft, issues, update } = o;
  return (
    <form
      className={styles.form}
      aria-label="Record an observation"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void o.record.run();
      }}
    >
      <div className={styles.row}>
        <ChoiceField
          label="Setting"
          required
          issue={issues['setting']}
          value={draft.setting}
          choices={choicesOf(OBSERVATION_SETTINGS, SETTING_LABELS)}
          onChange={(setting) => {
            update({ setting });
          }}
        />
        <Field label="Observed on" required {...fieldError(issues['observedOn'])}>
          <Input
            type="date"
            value={draft.observedOn}
            onChange={(_, d) => {
              update({ observedOn: d.value });
            }}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <ChoiceField
          label="Practitioner"
          required
          issue={issues['practitionerId']}
          value={draft.practitionerId}
          choices={o.practitioners.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(practitionerId) => {
            update({ practitionerId });
          }}
        />
        <Field
          label="Case number"
          hint="Optional, e.g. CF-100234; never a name"
          {...fieldError(issues['caseNumber'])}
        >
          <Input
            value={draft.caseNumber}
            onChange={(_, d) => {
              update({ caseNumber: d.value });
            }}
          />
        </Field>
      </div>
      <Field label="Grade" required {...fieldError(issues['grade'])}>
        <RadioGroup
          value={draft.grade}
          onChange={(_, d) => {
            update({ grade: GRADES.find((g) => g === d.value) ?? '' });
          }}
        >
          {GRADES.map((g) => (
            <Radio key={g} value={g} label={g} />
          ))}
        </RadioGroup>
      </Field>
      {TEXTS.map(({ field, label, required }) => (
        <Field
          key={field}
          label={label}
          required={required}
          hint="Do not include names or identifying details; refer to a case by its case number only"
          {...fieldError(issues[field])}
        >
          <Textarea
            value={draft[field]}
            resize="vertical"
            onChange={(_, d) => {
              update({ [field]: d.value });
            }}
          />
        </Field>
      ))}
      <div>
        <Button type="submit" appearance="primary" disabled={o.record.pending}>
          Record observation
        </Button>
      </div>
    </form>
  );
}
