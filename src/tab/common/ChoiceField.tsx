import { Field, Select } from '@fluentui/react-components';
import { fieldError } from './form-issues';

export interface Choice<T extends string = string> {
  readonly value: T;
  readonly label: string;
}

export interface ChoiceFieldProps<T extends string> {
  readonly label: string;
  readonly required?: boolean;
  /** This field's issue, from the tab's checks or the server. */
  readonly issue?: string | undefined;
  readonly value: T | '';
  readonly choices: readonly Choice<T>[];
  /** Called with the chosen value, or '' for "Choose…". */
  readonly onChange: (value: T | '') => void;
}

/** A labelled select with a "Choose…" placeholder and its own validation message. */
export function ChoiceField<T extends string>(props: ChoiceFieldProps<T>) {
  const { label, required = false, issue, value, choices, onChange } = props;
  return (
    <Field label={label} required={required} {...fieldError(issue)}>
      <Select
        value={value}
        onChange={(_, d) => {
          onChange(choices.find((c) => c.value === d.value)?.value ?? '');
        }}
      >
        <option value="">Choose…</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Choices from a list of values and their labels. */
export const choicesOf = <T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): Choice<T>[] => values.map((value) => ({ value, label: labels[value] }));
