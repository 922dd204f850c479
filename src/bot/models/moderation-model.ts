import type { ModerationDisagreementModel, ModerationResponse } from '../../cards';
import type { AuditLogEntry, Versioned } from '../../domain/ports';
import type { Audit, Moderation } from '../../domain/records';
import { ACK_ACTIONS, moderationAckId, proposedDateOf } from './acknowledgements';
import { auditLink, nameOfOid, type ModelContext } from './model-context';

const responseOf = (context: ModelContext, entry: AuditLogEntry): ModerationResponse => {
  const byName = nameOfOid(context, entry.actorOid);
  const proposedDate = proposedDateOf(entry);
  return entry.action === ACK_ACTIONS.arrange && proposedDate !== null
    ? { kind: 'discussion-proposed', byName, at: entry.at, proposedDate }
    : { kind: 'acknowledged', byName, at: entry.at };
};

export async function moderationModel(
  context: ModelContext,
  audit: Audit,
  found: Versioned<Moderation>,
): Promise<ModerationDisagreementModel> {
  const moderation = found.record;
  const ack = await context.reader.store.repo('auditLog').get(moderationAckId(moderation.id));
  return {
    kind: 'moderation-disagreement',
    moderationId: moderation.id,
    auditId: audit.id,
    version: found.version,
    cycleName: await context.reader.cycleName(audit.cycleId),
    caseNumber: audit.caseNumber,
    auditorGrade: moderation.auditorGrade,
    moderatedGrade: moderation.moderatedGrade ?? moderation.auditorGrade,
    reasons: moderation.reasons,
    moderatorName: context.directory.nameOf(moderation.moderatorId),
    openUrl: auditLink(context, audit.id),
    response: ack === null ? null : responseOf(context, ack.record),
  };
}
