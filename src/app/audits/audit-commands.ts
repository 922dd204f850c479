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
      services.directory.activeStaff(input.contributorId) === undefined
        ? notActiveStaff('contributorId')
        : asDecision(loaded, addContributor(loaded.audit.record, actor, { ...input, now })),
  ),
  reallocate: auditCommand<{ readonly auditorId: string }>(
    'audit.reallocate',
    ({ services, loaded, actor, input, now }) => {
      const audit = loaded.audit.record;
      const checked = checkReallocation(audit, input.auditorId, services.directory.allStaff());
      if (!checked.ok) {
        return checked.error.reason === 'not-found' ? notActiveStaff('auditorId') : checked;
      }
      return asDecision(loaded, reallocate(audit, actor, { ...input, now }));
    },
  ),
  assignModerator: auditCommand<{ readonly moderatorId: string }>(
    'audit.assignModerator',
    ({ services, loaded, actor, input, now }) => {
      const staff = services.directory.activeStaff(input.moderatorId);
      if (staff === undefined) return notActiveStaff('moderatorId');
      const moderatorRole = staff.role;
      return asDecision(
        loaded,
        assignModerator(loaded.audit.record, actor, { ...input, moderatorRole, now }),
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
