import { Button, Combobox, Field, Option } from '@fluentui/react-components';
import { useState } from 'react';
import { useCommonStyles } from './common.styles';
import { fieldError } from './form-issues';

export interface PickOption {
  readonly value: string;
  /** The person's name. */
  readonly label: string;
  /** Their role and team, shown beside the name and searched too. */
  readonly detail?: string;
}

export interface PickFormProps {
  readonly label: string;
  readonly submitLabel: string;
  readonly options: readonly PickOption[];
  readonly pending: boolean;
  /** Why the server refused the last pick, in its words: shown beside the picker. */
  readonly issue?: string | undefined;
  /** Resolves to undefined when the write failed (the page shows why). */
  readonly onSubmit: (value: string) => Promise<unknown>;
  /** What to say once it is done, e.g. label => `Reallocated to ${label}.` */
  readonly done: (label: string) => string;
}

/** The options whose name, role or team contains every word typed. */
export const matching = (options: readonly PickOption[], typed: string): PickOption[] => {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  return options.filter((o) => {
    const text = `${o.label} ${o.detail ?? ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
};

/** Choose one person by typing part of their name, role or team, and confirm. */
export function PickForm(props: PickFormProps) {
  const { label, submitLabel, options, pending, issue, onSubmit, done } = props;
  const styles = useCommonStyles();
  const [value, setValue] = useState('');
  const [typed, setTyped] = useState('');
  const [confirmed, setConfirmed] = useState('');
  const chosen = options.find((o) => o.value === value);
  const shown = chosen !== undefined && typed === chosen.label ? options : matching(options, typed);
  return (
    <form
      className={styles.row}
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen === undefined) return;
        setConfirmed('');
        void onSubmit(chosen.value).then((answer) => {
          if (answer !== undefined) {
            setConfirmed(done(chosen.label));
            setValue('');
            setTyped('');
          }
        });
      }}
    >
      <Field label={label} hint="Type part of a name, role or team" {...fieldError(issue)}>
        <Combobox
          value={typed}
          selectedOptions={value === '' ? [] : [value]}
          onChange={(event) => {
            setTyped(event.target.value);
            setValue('');
          }}
          onOptionSelect={(_, data) => {
            setValue(data.optionValue ?? '');
            setTyped(data.optionText ?? '');
          }}
        >
          {shown.map((option) => (
            <Option key={option.value} value={option.value} text={option.label}>
              {option.detail === undefined ? option.label : `${option.label} — ${option.detail}`}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Button type="submit" disabled={pending || chosen === undefined}>
        {submitLabel}
      </Button>
      <span role="status">{confirmed}</span>
    </form>
  );
}
