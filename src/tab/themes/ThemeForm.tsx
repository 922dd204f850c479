import { Button, Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { THEME_KINDS } from '../../domain/themes/confirmed-theme';
import { LABEL_MAX } from '../../domain/themes/theme-limits';
import { useCommonStyles } from '../common/common.styles';
import { fieldError, serverIssues } from '../common/form-issues';
import { draftIssues, KIND_LABELS, type ThemeDraft } from './themes.types';

export interface ThemeFormProps {
  /** The form's accessible name, e.g. "Add a theme" or "Edit Drift and delay". */
  readonly name: string;
  readonly initial: ThemeDraft;
  readonly pending: boolean;
  readonly error: unknown;
  readonly submitLabel: string;
  /** True once saved. */
  readonly onSave: (draft: ThemeDraft) => Promise<boolean>;
  readonly onCancel?: () => void;
}

/** A theme of the vocabulary: its name, strength or development, phrases one a line, active. */
export function ThemeForm(props: ThemeFormProps) {
  const { name, initial, pending, error, submitLabel, onSave, onCancel } = props;
  const styles = useCommonStyles();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const issues = { ...serverIssues(error), ...(tried ? draftIssues(draft) : {}) };
  const set = (change: Partial<ThemeDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
  };
  return (
    <form
      className={styles.stack}
      aria-label={name}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        void onSave(draft).then((saved) => {
          if (saved && onCancel === undefined) {
            setDraft(initial);
            setTried(false);
          }
        });
      }}
    >
      <Field label="Theme" required {...fieldError(issues['label'])}>
        <Input
          value={draft.label}
          maxLength={LABEL_MAX}
          onChange={(_, d) => {
            set({ label: d.value });
          }}
        />
      </Field>
      <Field label="Strength or area for development" {...fieldError(issues['kind'])}>
        <Select
          value={draft.kind}
          onChange={(_, d) => {
            set({ kind: THEME_KINDS.find((k) => k === d.value) ?? 'Development' });
          }}
        >
          {THEME_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Phrases (one a line)"
        hint="Whole words, any case: “drift” finds “Drift,” but not “adrift”."
        required
        {...fieldError(issues['phrases'])}
      >
        <Textarea
          value={draft.phrases}
          resize="vertical"
          onChange={(_, d) => {
            set({ phrases: d.value });
          }}
        />
      </Field>
      <Checkbox
        label="Active (suggested in cycles)"
        checked={draft.active}
        onChange={(_, d) => {
          set({ active: d.checked === true });
        }}
      />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={pending}>
          {submitLabel}
        </Button>
        {onCancel === undefined ? null : <Button onClick={onCancel}>Cancel</Button>}
      </div>
    </form>
  );
}
