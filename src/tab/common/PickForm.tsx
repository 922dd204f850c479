import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { useCommonStyles } from './common.styles';

export interface PickFormProps {
  readonly label: string;
  readonly submitLabel: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly pending: boolean;
  /** Resolves to undefined when the write failed (the page shows why). */
  readonly onSubmit: (value: string) => Promise<unknown>;
  /** What to say once it is done, e.g. label => `Reallocated to ${label}.` */
  readonly done: (label: string) => string;
}

/** Choose one (a person, usually) and confirm. */
export function PickForm({ label, submitLabel, options, pending, onSubmit, done }: PickFormProps) {
  const styles = useCommonStyles();
  const [value, setValue] = useState('');
  const [confirmed, setConfirmed] = useState('');
  const chosen = options.find((o) => o.value === value)?.label ?? '';
  return (
    <form
      className={styles.row}
      onSubmit={(event) => {
        event.preventDefault();
        if (value === '') return;
        setConfirmed('');
        void onSubmit(value).then((answer) => {
          if (answer !== undefined) {
            setConfirmed(done(chosen));
            setValue('');
          }
        });
      }}
    >
      <Field label={label}>
        <Select
          value={value}
          onChange={(_, data) => {
            setValue(data.value);
          }}
        >
          <option value="">Choose…</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending || value === ''}>
        {submitLabel}
      </Button>
      <span role="status">{confirmed}</span>
    </form>
  );
}
