import type { ModerationDisagreementModel, ModerationResponse } from '../../cards';
import type { Versioned } from '../../domain/ports';
import type { Audit, Moderation } from '../../domain/records';
import { auditLink, refreshUserId, type ModelContext } from './model-context';

const responseOf = (context: ModelContext, m: Moderation): ModerationResponse | null => {
  if (m.auditorResponse === 'None' || m.respondedAt === null) return null;
  const byName = context.directory.nameOf(m.auditorId);
  return m.auditorResponse === 'DiscussionProposed' && m.discussionDate !== null
    ? { kind: 'discussion-proposed', byName, at: m.respondedAt, proposedDate: m.discussionDate }
    : { kind: 'acknowledged', byName, at: m.respondedAt };
};

/**
 * The disagreement card for a moderation. `withDetail` only for the refreshed card the auditor
 * or the moderator asks for, already re-checked against the Staff list: the card as sent
 * carries the case number, grades, names, dates and buttons, never the moderator's reasons.
 */
export async function moderationModel(
  context: ModelContext,
  audit: Audit,
  found: Versioned<Moderation>,
  options: { readonly withDetail?: boolean } = {},
): Promise<ModerationDisagreementModel> {
  const moderation = found.record;
  // Who receives a disagreement (domain/events/recipients): the auditor.
  const auditorOid = context.directory.activeStaff(audit.auditorId)?.aadObjectId;
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
    detail:
      options.withDetail === true && moderation.state === 'Disagreed'
        ? { reasons: moderation.reasons }
        : null,
    openUrl: auditLink(context, audit.id),
    refreshUserIds: auditorOid === undefined ? [] : [refreshUserId(auditorOid)],
    response: responseOf(context, moderation),
  };
}
