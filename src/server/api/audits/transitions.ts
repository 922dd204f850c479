import { Router } from 'express';
import { reallocate as checkReallocation } from '../../../domain/allocation/reallocate';
import { invalid, invalidState } from '../../../domain/errors';
import { saveDraft } from '../../../domain/lifecycle/audit-draft';
import { addContributor, addWorkerFeedback } from '../../../domain/lifecycle/audit-parties';
import { assignModerator, reallocate } from '../../../domain/lifecycle/audit-reallocate';
import { completeWithoutModeration } from '../../../domain/lifecycle/audit-close';
import { shareGrade } from '../../../domain/lifecycle/audit-share-grade';
import { startAudit } from '../../../domain/lifecycle/audit-start';
import { moderate, resolveDisagreement } from '../../../domain/lifecycle/moderation';
import type { Transition } from '../../../domain/lifecycle/transition';
import type { Audit } from '../../../domain/records/audit';
import type { Result } from '../../../domain/result';
import { fail, ok } from '../../../domain/result';
import {
  addContributorSchema,
  assignModeratorSchema,
  noBodySchema,
  reallocateSchema,
  saveDraftSchema,
  workerFeedbackSchema,
} from '../../../domain/validation/audit-inputs';
import {
  moderateSchema,
  resolveDisagreementSchema,
} from '../../../domain/validation/moderation-inputs';
import type { Services } from '../../../app/services';
import { submitWrite } from './submit';
import type { Moderation } from '../../../domain/records/moderation';
import type { AuditOutcome } from './write';
import { mountAuditWrite } from './write';

const asOutcome = (result: Result<Transition<Audit>>): Result<AuditOutcome> =>
  result.ok ? ok({ audit: result.value.next, events: result.value.events }) : result;

/** A moderation step's outcome: the audit and its moderation, written together. */
const asModerated = (
  result: Result<Transition<{ audit: Audit; moderation: Moderation }>>,
): Result<AuditOutcome> =>
  result.ok
    ? ok({
        audit: result.value.next.audit,
        moderation: result.value.next.moderation,
        events: result.value.events,
      })
    : result;

const unknownStaff = (field: string) =>
  fail(invalid([{ field, message: 'is not an active member of staff' }]));

/** Every audit write but submission (see submit.ts), each on its own path. */
export function auditTransitionRoutes(services: Services): Router {
  const router = Router();
  const { directory } = services;

  mountAuditWrite(router, services, {
    endpoint: 'draft',
    transition: 'saveDraft',
    schema: saveDraftSchema,
    apply: ({ audit, caller, input, now }) =>
      Promise.resolve(asOutcome(saveDraft(audit, caller.actor, { draft: input.draft, now }))),
  });
  mountAuditWrite(router, services, {
    endpoint: 'start',
    transition: 'startAudit',
    schema: noBodySchema,
    apply: ({ audit, caller, now }) =>
      Promise.resolve(asOutcome(startAudit(audit, caller.actor, { now }))),
  });
  mountAuditWrite(router, services, submitWrite);
  mountAuditWrite(router, services, {
    endpoint: 'share-grade',
    transition: 'shareGrade',
    schema: noBodySchema,
    apply: ({ audit, caller, now }) =>
      Promise.resolve(asOutcome(shareGrade(audit, caller.actor, { now }))),
  });
  mountAuditWrite(router, services, {
    endpoint: 'worker-feedback',
    transition: 'addWorkerFeedback',
    schema: workerFeedbackSchema,
    apply: ({ audit, caller, input, now }) =>
      Promise.resolve(asOutcome(addWorkerFeedback(audit, caller.actor, { ...input, now }))),
  });
  mountAuditWrite(router, services, {
    endpoint: 'contributors',
    transition: 'addContributor',
    schema: addContributorSchema,
    apply: ({ audit, caller, input, now }) => {
      const staff = directory.staff(input.contributorId);
      if (staff === undefined || !staff.active)
        return Promise.resolve(unknownStaff('contributorId'));
      return Promise.resolve(asOutcome(addContributor(audit, caller.actor, { ...input, now })));
    },
  });
  mountAuditWrite(router, services, {
    endpoint: 'reallocate',
    transition: 'reallocate',
    schema: reallocateSchema,
    apply: ({ audit, caller, input, now }) => {
      const checked = checkReallocation(audit, input.auditorId, directory.allStaff());
      if (!checked.ok) {
        return Promise.resolve(
          checked.error.reason === 'not-found' ? unknownStaff('auditorId') : checked,
        );
      }
      return Promise.resolve(asOutcome(reallocate(audit, caller.actor, { ...input, now })));
    },
  });
  mountAuditWrite(router, services, {
    endpoint: 'moderator',
    transition: 'assignModerator',
    schema: assignModeratorSchema,
    apply: ({ audit, caller, input, now }) => {
      const staff = directory.staff(input.moderatorId);
      if (staff === undefined || !staff.active) return Promise.resolve(unknownStaff('moderatorId'));
      const moderatorRole = staff.role;
      return Promise.resolve(
        asOutcome(assignModerator(audit, caller.actor, { ...input, moderatorRole, now })),
      );
    },
  });
  mountAuditWrite(router, services, {
    endpoint: 'moderation',
    transition: 'moderate',
    schema: moderateSchema,
    apply: ({ audit, related, caller, input, now }) => {
      const moderation = related.moderation?.record ?? null;
      return Promise.resolve(
        asModerated(moderate(audit, moderation, caller.actor, { ...input, now })),
      );
    },
  });
  mountAuditWrite(router, services, {
    endpoint: 'moderation/resolve',
    transition: 'resolveDisagreement',
    schema: resolveDisagreementSchema,
    apply: ({ audit, related, caller, input, now }) => {
      if (related.moderation === null) {
        return Promise.resolve(fail(invalidState('The audit has no moderation to resolve.')));
      }
      const moderation = related.moderation.record;
      return Promise.resolve(
        asModerated(resolveDisagreement(audit, moderation, caller.actor, { ...input, now })),
      );
    },
  });
  mountAuditWrite(router, services, {
    endpoint: 'complete-without-moderation',
    transition: 'completeWithoutModeration',
    schema: noBodySchema,
    apply: ({ audit, related, caller, now }) => {
      const actions = related.actions.map((a) => a.record);
      return Promise.resolve(
        asOutcome(completeWithoutModeration(audit, caller.actor, { actions, now })),
      );
    },
  });
  return router;
}
