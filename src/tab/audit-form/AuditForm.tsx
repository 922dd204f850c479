import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { SaveRegular, SendRegular } from '@fluentui/react-icons';
import { AREAS } from '../../domain/records/grade';
import { ErrorState } from '../common/ErrorState';
import { nameOf } from '../common/format';
import { useStaff } from '../common/use-staff';
import { isConflict } from '../api/api-error';
import { ActionsEditor } from './ActionsEditor';
import { AreaFieldset } from './AreaFieldset';
import type { AuditFormProps } from './audit-form.types';
import { useAuditFormStyles } from './audit-form.styles';
import { ConflictDialog } from './ConflictDialog';
import { FormCheckbox, FormDate, FormGrade, FormText } from './FormFields';
import { InadequateNotice } from './InadequateNotice';
import { useAuditForm } from './use-audit-form';

/** The audit tool: six areas, feedback, meeting, measures, overall grade, actions. */
export default function AuditForm(props: AuditFormProps) {
  const styles = useAuditFormStyles();
  const form = useAuditForm(props);
  const { audit, names } = form;
  const { items: staff } = useStaff();
  const headOfService = staff.find(
    (s) => s.role === 'HeadOfService' && s.serviceAreaId === audit.serviceAreaId,
  );
  const ownerIds = new Set([audit.workerId, audit.teamManagerId, ...audit.contributorIds]);
  for (const s of staff) if (s.teamId === audit.teamId) ownerIds.add(s.id);
  const staffNames = Object.fromEntries(staff.map((s) => [s.id, s.name]));
  const owners = [...ownerIds].map((id) => ({ id, name: staffNames[id] ?? nameOf(names, id) }));

  return (
    <form
      className={styles.form}
      aria-label="Audit form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      {form.issueCount > 0 ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {form.issueCount} field{form.issueCount === 1 ? ' needs' : 's need'} attention before
            the audit can be submitted. Each is marked below.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Collaborative audit</legend>
        <FormDate form={form} path="meetingDate" hint="When you met the allocated worker" />
        <FormCheckbox form={form} path="practiceObserved" label="Practice was observed" />
      </fieldset>
      {AREAS.map((area) => (
        <AreaFieldset key={area} form={form} area={area} />
      ))}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Feedback</legend>
        <FormText form={form} path="feedback.childYoungPerson" label="Child or young person" />
        <FormText form={form} path="feedback.parentsCarers" label="Parents and carers" />
        <FormText form={form} path="feedback.professionals" label="Professionals" />
        <Text>
          <strong>Worker: </strong>
          {audit.feedback.worker === ''
            ? 'The allocated worker adds their own feedback.'
            : audit.feedback.worker}
        </Text>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Quantity, quality and impact</legend>
        <FormText form={form} path="measures.quantity" />
        <FormText form={form} path="measures.quality" />
        <FormText form={form} path="measures.impact" />
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Overall grade</legend>
        <FormGrade
          form={form}
          path="overallGrade"
          required
          hint="Give weight to impact and outcomes"
        />
        {form.inadequate ? (
          <InadequateNotice
            headOfService={headOfService?.name ?? null}
            serviceName={nameOf(names, audit.serviceAreaId)}
            teamManager={nameOf(names, audit.teamManagerId)}
          />
        ) : null}
        <FormText form={form} path="rationale" required hint="How you came to this grade" />
      </fieldset>
      <ActionsEditor form={form} owners={owners} />
      {form.error === null || isConflict(form.error) ? null : (
        <ErrorState title="Not saved" error={form.error} />
      )}
      <div className={styles.footer}>
        <Button
          icon={<SaveRegular />}
          disabled={form.busy !== null}
          onClick={() => void form.saveDraft()}
        >
          {form.busy === 'saving' ? 'Saving…' : 'Save draft'}
        </Button>
        <Button
          type="submit"
          appearance="primary"
          icon={<SendRegular />}
          disabled={form.busy !== null}
        >
          {form.busy === 'submitting' ? 'Submitting…' : 'Submit audit'}
        </Button>
        <Text className={styles.status} aria-live="polite">
          {form.dirty
            ? 'Unsaved changes'
            : form.savedAt === null
              ? ''
              : `Draft saved at ${form.savedAt.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`}
        </Text>
      </div>
      <ConflictDialog conflict={form.conflict} onResolve={form.resolveConflict} />
    </form>
  );
}
