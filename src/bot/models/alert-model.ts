import type { InadequateAlertModel } from '../../cards';
import type { Versioned } from '../../domain/ports';
import type { Audit } from '../../domain/records';
import { auditLink, type ModelContext } from './model-context';

export async function inadequateAlertModel(
  context: ModelContext,
  found: Versioned<Audit>,
): Promise<InadequateAlertModel> {
  const audit = found.record;
  return {
    kind: 'inadequate-alert',
    auditId: audit.id,
    version: found.version,
    cycleLabel: await context.reader.cycleLabel(audit.cycleId),
    caseNumber: audit.caseNumber,
    teamName: context.directory.team(audit.teamId)?.name ?? 'Team',
    auditorName: context.directory.nameOf(audit.auditorId),
    submittedAt: audit.alertRaisedAt ?? audit.submittedAt ?? audit.allocatedOn,
    openUrl: auditLink(context, audit.id),
    acknowledgement:
      audit.alertAcknowledgedAt === null
        ? null
        : {
            byName: context.directory.nameOf(audit.alertAcknowledgedById),
            at: audit.alertAcknowledgedAt,
          },
  };
}
