import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useCommonStyles } from '../common/common.styles';
import { todayIso } from '../common/format';
import type { AuditWrite } from './audits.types';

export interface ModerationResponseProps {
  readonly write: AuditWrite;
  readonly pending: boolean;
}

/** The auditor answers the moderator's disagreement: acknowledge it, or propose a date to talk. */
export function ModerationResponse({ write, pending }: ModerationResponseProps) {
  const styles = useCommonStyles();
  const [date, setDate] = useState('');
  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button
          appearance="secondary"
          disabled={pending}
          onClick={() => void write('moderation/respond', { response: 'Acknowledged' })}
        >
          Acknowledge the moderator&apos;s feedback
        </Button>
      </div>
      <Field label="Or propose a date for the learning conversation">
        <Input
          type="date"
          value={date}
          min={todayIso()}
          onChange={(_, d) => {
            setDate(d.value);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="secondary"
          disabled={pending || date === ''}
          onClick={() =>
            void write('moderation/respond', {
              response: 'DiscussionProposed',
              discussionDate: date,
            })
          }
        >
          Propose this date
        </Button>
      </div>
    </div>
  );
}
