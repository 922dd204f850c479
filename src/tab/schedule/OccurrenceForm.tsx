import { Button, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { OccurrenceOutcome } from '../../domain/records/schedule';
import { useCommonStyles } from '../common/common.styles';
import { fieldError, serverIssues } from '../common/form-issues';
import { todayIso } from '../common/format';

export interface OccurrenceFormProps {
  readonly pending: boolean;
  readonly error: unknown;
  readonly onSubmit: (body: {
    outcome: OccurrenceOutcome;
    on: string;
    note: string;
  }) => Promise<unknown>;
}

/** The occurrence due: done, with what came of it, or not done, with why. */
export function OccurrenceForm({ pending, error, onSubmit }: OccurrenceFormProps) {
  const styles = useCommonStyles();
  const [outcome, setOutcome] = useState<OccurrenceOutcome>('Done');
  const [on, setOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const issues = serverIssues(error);
  const noteIssue =
    tried && note.trim() === ''
      ? outcome === 'Done'
        ? 'Say what came of it.'
        : 'Say why it was not done.'
      : issues['note'];
  return (
    <form
      className={styles.stack}
      aria-label="Record this occurrence"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (note.trim() === '') return;
        void onSubmit({ outcome, on, note: note.trim() }).then((answer) => {
          if (answer !== undefined) {
            setNote('');
            setTried(false);
          }
        });
      }}
    >
      <Field label="Was it done?" required>
        <RadioGroup
          value={outcome}
          onChange={(_, d) => {
            setOutcome(d.value === 'NotDone' ? 'NotDone' : 'Done');
          }}
        >
          <Radio value="Done" label="Done" />
          <Radio value="NotDone" label="Not done" />
        </RadioGroup>
      </Field>
      <Field
        label={outcome === 'Done' ? 'Done on' : 'Recorded on'}
        required
        {...fieldError(issues['on'])}
      >
        <Input
          type="date"
          value={on}
          max={todayIso()}
          onChange={(_, d) => {
            setOn(d.value);
          }}
        />
      </Field>
      <Field
        label={outcome === 'Done' ? 'What came of it' : 'Why it was not done'}
        required
        {...fieldError(noteIssue)}
      >
        <Textarea
          value={note}
          resize="vertical"
          onChange={(_, d) => {
            setNote(d.value);
          }}
        />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={pending}>
          Record
        </Button>
      </div>
    </form>
  );
}
