import { Button, Field, Select } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useThemeStyles } from './themes.styles';

export interface MergeControlProps {
  readonly label: string;
  /** Other themes of the same kind, by id and label. */
  readonly targets: readonly { readonly id: string; readonly label: string }[];
  readonly pending: boolean;
  readonly onMerge: (intoId: string) => void;
}

/** "Merge into…": another theme of the same kind, then Merge. */
export function MergeControl({ label, targets, pending, onMerge }: MergeControlProps) {
  const styles = useThemeStyles();
  const [into, setInto] = useState('');
  const [tried, setTried] = useState(false);
  const hint = useId();
  return (
    <>
      <Field
        className={styles.merge}
        label={`Merge “${label}” into…`}
        {...(tried && into === ''
          ? { validationMessage: 'Choose the theme to merge into.', validationState: 'error' }
          : {})}
      >
        <Select
          value={into}
          aria-describedby={hint}
          onChange={(_, d) => {
            setInto(d.value);
          }}
        >
          <option value="">Choose a theme…</option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </Select>
      </Field>
      <span id={hint} hidden>
        Its audits are counted under the theme you choose.
      </span>
      <Button
        disabled={pending || targets.length === 0}
        onClick={() => {
          setTried(true);
          if (into !== '') onMerge(into);
        }}
      >
        Merge
      </Button>
    </>
  );
}
