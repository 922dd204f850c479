import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useCommonStyles } from './common.styles';

export interface NoteFormProps {
  readonly label: string;
  readonly submitLabel: string;
  readonly pending: boolean;
  readonly onSubmit: (note: string) => Promise<unknown>;
  readonly required?: boolean;
  readonly hint?: string;
}

/** A labelled text box and a button; the text is cleared once the write succeeds. */
export function NoteForm({
  label,
  submitLabel,
  pending,
  onSubmit,
  required = true,
  hint,
}: NoteFormProps) {
  const styles = useCommonStyles();
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const missing = required && note.trim() === '';
  return (
    <form
      className={styles.stack}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (missing) return;
        void onSubmit(note.trim()).then((result) => {
          if (result !== undefined) {
            setNote('');
            setTried(false);
          }
        });
      }}
    >
      <Field
        label={label}
        required={required}
        {...(hint === undefined ? {} : { hint })}
        {...(tried && missing
          ? { validationMessage: 'This is required', validationState: 'error' as const }
          : {})}
      >
        <Textarea
          value={note}
          resize="vertical"
          onChange={(_, data) => {
            setNote(data.value);
          }}
        />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
