import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { ActionDto } from '../../contract/audits';
import { useCommonStyles } from '../common/common.styles';
import { todayIso } from '../common/format';
import { NoteForm } from '../common/NoteForm';
import type { useAction } from './use-action';

type Write = ReturnType<typeof useAction>['write'];

export interface ActionTransitionsProps {
  readonly action: ActionDto;
  readonly write: Write;
  readonly pending: boolean;
}

/** The buttons and forms this person may use on the action, from its `allowed`. */
export function ActionTransitions({ action, write, pending }: ActionTransitionsProps) {
  const styles = useCommonStyles();
  const allowed = new Set(action.allowed);
  const [date, setDate] = useState(todayIso());
  if (allowed.size === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="action-next">
      <h2 id="action-next" className={styles.sectionTitle}>
        What you can do
      </h2>
      <div className={styles.row}>
        {allowed.has('verifyAction') ? (
          <Button
            appearance="primary"
            disabled={pending}
            onClick={() => void write('verify', {}, 'Verified.')}
          >
            Verify the action
          </Button>
        ) : null}
        {allowed.has('approveClosure') ? (
          <Button
            appearance="primary"
            disabled={pending}
            onClick={() => void write('approve', {}, 'Closure approved.')}
          >
            Approve closure
          </Button>
        ) : null}
      </div>
      {allowed.has('recordProgress') ? (
        <NoteForm
          label="Progress"
          submitLabel="Add progress"
          pending={pending}
          onSubmit={(note) => write('progress', { note }, 'Progress added.')}
        />
      ) : null}
      {allowed.has('completeAction') ? (
        <NoteForm
          label="Evidence that the action is complete"
          submitLabel="Complete with this evidence"
          pending={pending}
          onSubmit={(evidence) =>
            write('complete', { evidence }, 'Completed. The QA lead will verify it.')
          }
        />
      ) : null}
      {allowed.has('markReviewedInSupervision') ? (
        <div className={styles.stack}>
          <Field label="Date of the supervision" required>
            <Input
              type="date"
              value={date}
              max={todayIso()}
              onChange={(_, d) => {
                setDate(d.value);
              }}
            />
          </Field>
          <NoteForm
            label="Supervision note"
            submitLabel="Mark reviewed in supervision"
            pending={pending}
            required={false}
            onSubmit={(note) =>
              write('supervision', { date, note }, 'Marked reviewed in supervision.')
            }
          />
        </div>
      ) : null}
      {allowed.has('returnClosure') ? (
        <NoteForm
          label="Reason for returning the closure"
          submitLabel="Return closure"
          pending={pending}
          onSubmit={(reason) => write('return', { reason }, 'Returned to the owner.')}
        />
      ) : null}
      {allowed.has('recordNotCompleted') ? (
        <NoteForm
          label="Reason the action was not completed"
          submitLabel="Record as not completed"
          pending={pending}
          onSubmit={(reason) => write('not-completed', { reason }, 'Recorded as not completed.')}
        />
      ) : null}
    </section>
  );
}
