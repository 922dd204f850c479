import type { InadequateAlertModel } from '../../cards';
import type { Versioned } from '../../domain/ports';
import type { Audit } from '../../domain/records';
import { inadequateAckId } from './acknowledgements';
import { auditLink, nameOfOid, type ModelContext } from './model-context';

export async function inadequateAlertModel(
  context: ModelContext,
  found: Versioned<Audit>,
): Promise<InadequateAlertModel> {
  const audit = found.record;
  const ack = await context.reader.store.repo('auditLog').get(inadequateAckId(audit.id));
  return {
    kind: 'inadequate-alert',
    auditId: audit.id,
    version: found.version,
    cycleName: await context.reader.cycleName(audit.cycleId),
    caseNumber: audit.caseNumber,
    teamName: context.directory.team(audit.teamId)?.name ?? 'Team',
    auditorName: context.directory.nameOf(audit.auditorId),
    submittedAt: audit.submittedAt ?? audit.moderatedAt ?? audit.allocatedOn,
    openUrl: auditLink(context, audit.id),
    acknowledgement:
      ack === null ? null : { byName: nameOfOid(context, ack.record.actorOid), at: ack.record.at },
  };
}
