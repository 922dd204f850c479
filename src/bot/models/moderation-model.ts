import type { ModerationDisagreementModel, ModerationResponse } from '../../cards';
import type { Versioned } from '../../domain/ports';
import type { Audit, Moderation } from '../../domain/records';
import { auditLink, type ModelContext } from './model-context';

const responseOf = (context: ModelContext, m: Moderation): ModerationResponse | null => {
  if (m.auditorResponse === 'None' || m.respondedAt === null) return null;
  const byName = context.directory.nameOf(m.auditorId);
  return m.auditorResponse === 'DiscussionProposed' && m.discussionDate !== null
    ? { kind: 'discussion-proposed', byName, at: m.respondedAt, proposedDate: m.discussionDate }
    : { kind: 'acknowledged', byName, at: m.respondedAt };
};

export async function moderationModel(
  context: ModelContext,
  audit: Audit,
  found: Versioned<Moderation>,
): Promise<ModerationDisagreementModel> {
  const moderation = found.record;
  return {
    kind: 'moderation-disagreement',
    moderationId: moderation.id,
    auditId: audit.id,
    version: found.version,
    cycleLabel: await context.reader.cycleLabel(audit.cycleId),
    caseNumber: audit.caseNumber,
    auditorGrade: moderation.auditorGrade,
    moderatedGrade: moderation.moderatedGrade ?? moderation.auditorGrade,
    moderatorName: context.directory.nameOf(moderation.moderatorId),
    openUrl: auditLink(context, audit.id),
    response: responseOf(context, moderation),
  };
}
