import { Button, Link } from '@fluentui/react-components';
import type { AuditDto } from '../../contract/audits';
import { MODERATOR_ROLES, ROLE_LABELS } from '../../domain/records/staff';
import { useCommonStyles } from '../common/common.styles';
import type { FieldIssues } from '../common/form-issues';
import { NoteForm } from '../common/NoteForm';
import { PickForm, type PickOption } from '../common/PickForm';
import { useStaff } from '../common/use-staff';
import type { AuditWrite } from './audits.types';
import { ModerationResponse } from './ModerationResponse';

/** A person as a picker shows them: name, with role and team beside it. */
const choiceOf = (s: Person): PickOption => ({
  value: s.id,
  label: s.name,
  detail: s.teamName === null ? ROLE_LABELS[s.role] : `${ROLE_LABELS[s.role]}, ${s.teamName}`,
});

type Parties = Pick<AuditDto['record'], 'teamId' | 'auditorId' | 'moderatorId' | 'workerId'>;
type Person = ReturnType<typeof useStaff>['items'][number];

/** Only people the rules allow: a team manager of another team, not this audit's auditor or moderator. */
export const reallocationChoices = (staff: readonly Person[], audit: Parties) =>
  staff
    .filter(
      (s) =>
        s.role === 'TeamManager' &&
        s.teamId !== audit.teamId &&
        s.id !== audit.auditorId &&
        s.id !== audit.moderatorId,
    )
    .map(choiceOf);

/** A head of service, the PSW or the QA lead who is neither the auditor nor the worker. */
export const moderatorChoices = (staff: readonly Person[], audit: Parties) =>
  staff
    .filter(
      (s) =>
        (MODERATOR_ROLES as readonly string[]).includes(s.role) &&
        s.id !== audit.auditorId &&
        s.id !== audit.workerId &&
        s.id !== audit.moderatorId,
    )
    .map(choiceOf);

export interface AuditTransitionsProps {
  readonly audit: AuditDto;
  readonly write: AuditWrite;
  readonly pending: boolean;
  /** Why the server refused the last pick, by field: each shown beside its picker. */
  readonly issues?: FieldIssues;
}

/** What this person may do next, from the audit's `allowed` (the form itself is separate). */
export function AuditTransitions({ audit, write, pending, issues = {} }: AuditTransitionsProps) {
  const styles = useCommonStyles();
  const allowed = new Set(audit.allowed);
  const id = audit.record.id;
  const { items: staff } = useStaff();
  const people = (filter: (role: string) => boolean) =>
    staff.filter((s) => filter(s.role)).map(choiceOf);
  const buttons = (
    [
      ['startAudit', 'start', 'Start the audit'],
      ['shareGrade', 'share-grade', 'Share the grade with the worker'],
      ['completeWithoutModeration', 'complete-without-moderation', 'Complete without moderation'],
      ['acknowledgeAlert', 'alert/acknowledge', 'Acknowledge the Inadequate alert'],
    ] as const
  ).filter(([transition]) => allowed.has(transition));
  if (allowed.size === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="next-steps">
      <h2 id="next-steps" className={styles.sectionTitle}>
        Next steps
      </h2>
      {buttons.length > 0 ? (
        <div className={styles.row}>
          {buttons.map(([transition, endpoint, label]) => (
            <Button
              key={transition}
              appearance="primary"
              disabled={pending}
              onClick={() => void write(endpoint, {})}
            >
              {label}
            </Button>
          ))}
        </div>
      ) : null}
      {allowed.has('moderate') ? (
        <Link href={`#/moderation/${encodeURIComponent(id)}`}>Moderate this audit</Link>
      ) : null}
      {allowed.has('addWorkerFeedback') ? (
        <NoteForm
          label="Your feedback on the audit (as the allocated worker)"
          submitLabel="Add my feedback"
          pending={pending}
          onSubmit={(feedback) => write('worker-feedback', { feedback })}
        />
      ) : null}
      {allowed.has('respondToModeration') ? (
        <ModerationResponse write={write} pending={pending} />
      ) : null}
      {allowed.has('resolveDisagreement') ? (
        <NoteForm
          label="Notes of the learning conversation"
          submitLabel="Resolve the disagreement"
          pending={pending}
          onSubmit={(learningNotes) => write('moderation/resolve', { learningNotes })}
        />
      ) : null}
      {allowed.has('addContributor') ? (
        <PickForm
          label="Add a contributor (e.g. independent reviewing officer)"
          submitLabel="Add contributor"
          options={people((role) => role === 'Practitioner' || role === 'TeamManager')}
          pending={pending}
          issue={issues['contributorId']}
          onSubmit={(contributorId) => write('contributors', { contributorId })}
          done={(name) => `${name} has been added as a contributor.`}
        />
      ) : null}
      {allowed.has('reallocate') ? (
        <PickForm
          label="Reallocate to another auditor"
          submitLabel="Reallocate"
          options={reallocationChoices(staff, audit.record)}
          pending={pending}
          issue={issues['auditorId']}
          onSubmit={(auditorId) => write('reallocate', { auditorId })}
          done={(name) => `Reallocated to ${name}. They have been sent the allocation notice.`}
        />
      ) : null}
      {allowed.has('assignModerator') ? (
        <PickForm
          label="Assign a moderator"
          submitLabel="Assign moderator"
          options={moderatorChoices(staff, audit.record)}
          pending={pending}
          issue={issues['moderatorId']}
          onSubmit={(moderatorId) => write('moderator', { moderatorId })}
          done={(name) => `${name} is now the moderator.`}
        />
      ) : null}
    </section>
  );
}
