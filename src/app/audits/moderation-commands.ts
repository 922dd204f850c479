import { invalidState } from '../../domain/errors';
import { moveOnAfterReview } from '../../domain/lifecycle/audit-close';
import {
  moderate,
  resolveDisagreement,
  respondToModeration,
  type ModerateInput,
  type Moderated,
  type RespondInput,
} from '../../domain/lifecycle/moderation';
import type { Transition } from '../../domain/lifecycle/transition';
import type { Result } from '../../domain/result';
import { fail, ok } from '../../domain/result';
import { changedFields } from '../audit-log/changed-fields';
import type { Decision } from '../commands/command';
import { auditCommand, auditDecision } from './audit-command';
import { scoreAuditQualityCommand } from './audit-quality-command';
import type { AuditRecords } from './audit-records';

/**
 * A moderation step writes the audit and its moderation together. Once moderation agrees, or a
 * disagreement is resolved, the audit moves on in the same write: to ActionsOpen while its
 * actions are open, or straight to Closed when none is.
 */
function moderated(
  loaded: AuditRecords,
  result: Result<Transition<Moderated>>,
  now: string,
): Result<Decision> {
  if (!result.ok) return result;
  const { audit, moderation } = result.value.next;
  const moved = moveOnAfterReview(
    audit,
    loaded.actions.map((a) => a.record),
    now,
  );
  return auditDecision(loaded, {
    audit: moved?.next ?? audit,
    moderation,
    events: [...result.value.events, ...(moved?.events ?? [])],
  });
}

export const MODERATION_COMMANDS = {
  moderate: auditCommand<Omit<ModerateInput, 'now' | 'moderationId'>>(
    'audit.moderate',
    ({ loaded, actor, input, now }) =>
      moderated(
        loaded,
        moderate(loaded.audit.record, loaded.moderation?.record ?? null, actor, {
          ...input,
          now,
        }),
        now,
      ),
  ),
  resolveDisagreement: auditCommand<{ readonly learningNotes: string }>(
    'audit.resolveDisagreement',
    ({ loaded, actor, input, now }) =>
      moderated(
        loaded,
        resolveDisagreement(loaded.audit.record, loaded.moderation?.record ?? null, actor, {
          ...input,
          now,
        }),
        now,
      ),
  ),
  /** The auditor answers a disagreement: only the moderation changes. */
  respondToModeration: auditCommand<Omit<RespondInput, 'now'>>(
    'audit.respondToModeration',
    ({ loaded, actor, input, now }) => {
      const existing = loaded.moderation;
      const result = respondToModeration(loaded.audit.record, existing?.record ?? null, actor, {
        ...input,
        now,
      } as RespondInput);
      if (!result.ok) return result;
      if (existing === null) return fail(invalidState('The audit has no moderation to answer.'));
      const next = result.value.next;
      return ok({
        changes: [
          {
            kind: 'moderations',
            op: 'update',
            record: next,
            expectedVersion: existing.version,
          },
        ],
        events: result.value.events,
        changedFields: changedFields(existing.record, next).map((f) => `moderation.${f}`),
      });
    },
  ),
  /** The audit of audits: the quality of the audit scored, apart from its grade. */
  scoreAuditQuality: scoreAuditQualityCommand,
} as const;
