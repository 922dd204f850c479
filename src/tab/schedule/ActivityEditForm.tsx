import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { EditActivityRequest, ScheduleDto } from '../../contract/registers';
import { FREQUENCIES, type Frequency } from '../../domain/records/schedule';
import { ROLE_LABELS, ROLES, type Role } from '../../domain/records/staff';
import { ChoiceField, choicesOf } from '../common/ChoiceField';
import { useCommonStyles } from '../common/common.styles';
import { fieldError, serverIssues } from '../common/form-issues';
import { useStaff } from '../common/use-staff';
import { FREQUENCY_LABELS } from './schedule.types';

export interface ActivityEditFormProps {
  readonly activity: ScheduleDto;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onSubmit: (body: Omit<EditActivityRequest, 'version'>) => Promise<unknown>;
}

const ANYONE = 'anyone';

/** The QA lead edits who does the activity, how often, when it is next due and what it is for. */
export function ActivityEditForm({ activity, pending, error, onSubmit }: ActivityEditFormProps) {
  const styles = useCommonStyles();
  const { record } = activity;
  const [ownerRole, setOwnerRole] = useState<Role>(record.ownerRole);
  const [ownerId, setOwnerId] = useState<string>(record.ownerId ?? ANYONE);
  const [frequency, setFrequency] = useState<Frequency>(record.frequency);
  const [nextDue, setNextDue] = useState(record.nextDue ?? '');
  const [outcomes, setOutcomes] = useState(record.outcomes);
  const { items: holders } = useStaff([ownerRole]);
  const issues = serverIssues(error);
  return (
    <form
      className={styles.stack}
      aria-label="Edit this activity"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit({
          ownerRole,
          ownerId: ownerId === ANYONE ? null : ownerId,
          frequency,
          nextDue: nextDue === '' ? null : nextDue,
          outcomes,
        });
      }}
    >
      <ChoiceField
        label="Who does it (role)"
        required
        value={ownerRole}
        choices={choicesOf(ROLES, ROLE_LABELS)}
        issue={issues['ownerRole']}
        onChange={(value) => {
          if (value === '') return;
          setOwnerRole(value);
          setOwnerId(ANYONE);
        }}
      />
      <ChoiceField
        label="Named owner"
        value={ownerId}
        choices={[
          { value: ANYONE, label: `Whoever holds the role (${ROLE_LABELS[ownerRole]})` },
          ...holders.map((s) => ({ value: s.id, label: s.name })),
        ]}
        issue={issues['ownerId']}
        onChange={(value) => {
          setOwnerId(value === '' ? ANYONE : value);
        }}
      />
      <ChoiceField
        label="How often"
        required
        value={frequency}
        choices={choicesOf(FREQUENCIES, FREQUENCY_LABELS)}
        issue={issues['frequency']}
        onChange={(value) => {
          if (value !== '') setFrequency(value);
        }}
      />
      <Field
        label="Next due"
        hint="Leave empty for an activity done as required."
        {...fieldError(issues['nextDue'])}
      >
        <Input
          type="date"
          value={nextDue}
          onChange={(_, d) => {
            setNextDue(d.value);
          }}
        />
      </Field>
      <Field label="What it is for (its outcomes)" required {...fieldError(issues['outcomes'])}>
        <Textarea
          value={outcomes}
          resize="vertical"
          onChange={(_, d) => {
            setOutcomes(d.value);
          }}
        />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={pending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
