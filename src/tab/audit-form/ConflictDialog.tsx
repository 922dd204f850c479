import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Choice, Conflict } from './audit-form.types';
import { defaultChoices } from './merge';
import { useAuditFormStyles } from './audit-form.styles';

const shown = (value: string): string => (value === '' ? '(empty)' : value);

export interface ConflictDialogProps {
  /** Null: no conflict, the dialog is closed. */
  readonly conflict: Conflict | null;
  readonly onResolve: (choices: Readonly<Record<string, Choice>>) => void;
}

/**
 * Someone saved this audit first: what they changed, and per field, keep yours or take theirs.
 * The dialog stays mounted and closes through `open`, so Fluent gives the page back to screen
 * readers (an open dialog unmounted outright leaves `aria-hidden` on the rest of the page).
 */
export function ConflictDialog({ conflict, onResolve }: ConflictDialogProps) {
  return (
    <Dialog open={conflict !== null} modalType="alert">
      <DialogSurface>
        {conflict === null ? null : (
          <ConflictChoices key={conflict.version} conflict={conflict} onResolve={onResolve} />
        )}
      </DialogSurface>
    </Dialog>
  );
}

function ConflictChoices({
  conflict,
  onResolve,
}: {
  readonly conflict: Conflict;
  readonly onResolve: ConflictDialogProps['onResolve'];
}) {
  const styles = useAuditFormStyles();
  const [choices, setChoices] = useState(() => defaultChoices(conflict.fields));
  return (
    <DialogBody>
      <DialogTitle>This audit changed since you opened it</DialogTitle>
      <DialogContent className={styles.changes}>
        {conflict.fields.length === 0 ? (
          <p>Someone else saved it, but none of the fields you can edit differ. Save again.</p>
        ) : (
          <p>Someone else saved it. For each field they changed, keep yours or take theirs.</p>
        )}
        {conflict.fields.map((field) => (
          <div key={field.path} className={styles.change}>
            <strong>
              {field.label}
              {field.kind === 'both' ? ' (you both changed this)' : ''}
            </strong>
            <p className={styles.value}>Theirs: {shown(field.theirs)}</p>
            <p className={styles.value}>Yours: {shown(field.mine)}</p>
            <RadioGroup
              aria-label={`${field.label}: keep yours or take theirs`}
              layout="horizontal"
              value={choices[field.path]}
              onChange={(_, data) => {
                setChoices((c) => ({
                  ...c,
                  [field.path]: data.value === 'theirs' ? 'theirs' : 'mine',
                }));
              }}
            >
              <Radio value="mine" label="Keep yours" />
              <Radio value="theirs" label="Take theirs" />
            </RadioGroup>
          </div>
        ))}
      </DialogContent>
      <DialogActions>
        <Button
          appearance="primary"
          onClick={() => {
            onResolve(choices);
          }}
        >
          Apply and continue
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
