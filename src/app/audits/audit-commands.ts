import { reallocate as checkReallocation } from '../../domain/allocation/reallocate';
import { invalid } from '../../domain/errors';
import { acknowledgeAlert } from '../../domain/lifecycle/alert-acknowledge';
import type { AuditDraft } from '../../domain/lifecycle/audit-draft';
import { saveDraft } from '../../domain/lifecycle/audit-draft';
import { addContributor, addWorkerFeedback } from '../../domain/lifecycle/audit-parties';
import { assignModerator, reallocate } from '../../domain/lifecycle/audit-reallocate';
import { completeWithoutModeration } from '../../domain/lifecycle/audit-close';
import { shareGrade } from '../../domain/lifecycle/audit-share-grade';
import { startAudit } from '../../domain/lifecycle/audit-start';
import type { Transition } from '../../domain/lifecycle/transition';
import type { Audit } from '../../domain/records/audit';
import type { Result } from '../../domain/result';
import { fail } from '../../domain/result';
import type { Decision } from '../commands/command';
import { auditCommand, auditDecision } from './audit-command';
import type { AuditRecords } from './audit-records';
import { MODERATION_COMMANDS } from './moderation-commands';
import { submitAuditCommand } from './submit-command';

export type NoInput = Readonly<Record<string, never>>;

const asDecision = (loaded: AuditRecords, result: Result<Transition<Audit>>): Result<Decision> =>
  result.ok
    ? auditDecision(loaded, { audit: result.value.next, events: result.value.events })
    : result;

const notActiveStaff = (field: string): Result<Decision> =>
  fail(invalid([{ field, message: 'is not an active member of staff' }]));

/**
 * The domain step first (it authorises, checks state and input); only then is the person the
 * input names checked against the Staff list, so a refusal never depends on who was named.
 */
const afterAuthorised = (
  result: Result<Transition<Audit>>,
  namesInactive: () => boolean,
  field: string,
  loaded: AuditRecords,
): Result<Decision> => {
  if (!result.ok) return result;
  return namesInactive() ? notActiveStaff(field) : asDecision(loaded, result);
};

/** Every audit command, one per transition, called by the API, by cards and by the scheduler. */
export const AUDIT_COMMANDS = {
  startAudit: auditCommand<NoInput>('audit.start', ({ loaded, actor, now }) =>
    asDecision(loaded, startAudit(loaded.audit.record, actor, { now })),
  ),
  saveDraft: auditCommand<{ readonly draft: AuditDraft }>(
    'audit.saveDraft',
    ({ loaded, actor, input, now }) =>
      asDecision(loaded, saveDraft(loaded.audit.record, actor, { draft: input.draft, now })),
  ),
  submitAudit: submitAuditCommand,
  shareGrade: auditCommand<NoInput>('audit.shareGrade', ({ loaded, actor, now }) =>
    asDecision(loaded, shareGrade(loaded.audit.record, actor, { now })),
  ),
  addWorkerFeedback: auditCommand<{ readonly feedback: string }>(
    'audit.addWorkerFeedback',
    ({ loaded, actor, input, now }) =>
      asDecision(loaded, addWorkerFeedback(loaded.audit.record, actor, { ...input, now })),
  ),
  addContributor: auditCommand<{ readonly contributorId: string }>(
    'audit.addContributor',
    ({ services, loaded, actor, input, now }) =>
      afterAuthorised(
        addContributor(loaded.audit.record, actor, { ...input, now }),
        () => services.directory.activeStaff(input.contributorId) === undefined,
        'contributorId',
        loaded,
      ),
  ),
  reallocate: auditCommand<{ readonly auditorId: string }>(
    'audit.reallocate',
    ({ services, loaded, actor, input, now }) => {
      const audit = loaded.audit.record;
      const result = reallocate(audit, actor, { ...input, now });
      if (!result.ok) return result;
      const checked = checkReallocation(audit, input.auditorId, services.directory.allStaff());
      if (!checked.ok) {
        return checked.error.reason === 'not-found' ? notActiveStaff('auditorId') : checked;
      }
      return asDecision(loaded, result);
    },
  ),
  assignModerator: auditCommand<{ readonly moderatorId: string }>(
    'audit.assignModerator',
    ({ services, loaded, actor, input, now }) => {
      const staff = services.directory.activeStaff(input.moderatorId);
      // The moderator's role comes from the Staff list; someone not on it is refused after the
      // domain has said whether this actor may assign at all.
      const moderatorRole = staff?.role ?? 'QALead';
      return afterAuthorised(
        assignModerator(loaded.audit.record, actor, { ...input, moderatorRole, now }),
        () => staff === undefined,
        'moderatorId',
        loaded,
      );
    },
  ),
  completeWithoutModeration: auditCommand<NoInput>(
    'audit.completeWithoutModeration',
    ({ loaded, actor, now }) => {
      const actions = loaded.actions.map((a) => a.record);
      return asDecision(
        loaded,
        completeWithoutModeration(loaded.audit.record, actor, { actions, now }),
      );
    },
  ),
  acknowledgeAlert: auditCommand<NoInput>('audit.acknowledgeAlert', ({ loaded, actor, now }) =>
    asDecision(loaded, acknowledgeAlert(loaded.audit.record, actor, { now })),
  ),
  ...MODERATION_COMMANDS,
} as const;
