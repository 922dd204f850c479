import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { useCommonStyles } from './common.styles';

export interface PickFormProps {
  readonly label: string;
  readonly submitLabel: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly pending: boolean;
  readonly onSubmit: (value: string) => Promise<unknown>;
}

/** Choose one (a person, usually) and confirm. */
export function PickForm({ label, submitLabel, options, pending, onSubmit }: PickFormProps) {
  const styles = useCommonStyles();
  const [value, setValue] = useState('');
  return (
    <form
      className={styles.row}
      onSubmit={(event) => {
        event.preventDefault();
        if (value !== '') void onSubmit(value);
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
    </form>
  );
}
