import { scoreAuditQuality } from '../../domain/lifecycle/audit-quality-score';
import type { QualityScores } from '../../domain/records/audit-quality';
import { ok } from '../../domain/result';
import { changedFields } from '../audit-log/changed-fields';
import { auditCommand } from './audit-command';

/**
 * The audit of audits: the moderator (or the QA lead) scores the quality of the audit, apart
 * from agreeing with its grade. Only the moderation is written — made, pending, when the audit
 * has not been moderated yet — and the Audit log names the fields, never the scores.
 */
export const scoreAuditQualityCommand = auditCommand<{ readonly scores: QualityScores }>(
  'moderation.scoreQuality',
  ({ loaded, actor, input, now }) => {
    const existing = loaded.moderation;
    const result = scoreAuditQuality(loaded.audit.record, existing?.record ?? null, actor, {
      scores: input.scores,
      now,
    });
    if (!result.ok) return result;
    const next = result.value.next;
    return ok({
      changes: [
        existing === null
          ? { kind: 'moderations', op: 'create', record: next }
          : { kind: 'moderations', op: 'update', record: next, expectedVersion: existing.version },
      ],
      events: result.value.events,
      changedFields: changedFields(existing?.record ?? {}, next).map((f) => `moderation.${f}`),
    });
  },
);
