import type { ReauditProgress } from '../../domain/reaudits/reaudit-progress';
import { reauditProgressOf } from '../../domain/reaudits/reaudit-progress';
import { finalGrade } from '../../domain/reaudits/standing';
import type { Audit } from '../../domain/records/audit';
import type { Grade } from '../../domain/records/grade';
import type { Services } from '../services';

const standingOf = (services: Services, audit: Audit): Grade | null =>
  finalGrade(
    audit,
    services.readModel.where('moderations', 'auditId', audit.id).at(0)?.record ?? null,
  )?.grade ?? null;

/**
 * The grade before (as the re-audit was scheduled with it, or else the earlier audit's as it
 * stands) and after, from the read model; null for an audit that is not a re-audit.
 */
export const reauditProgress = (services: Services, audit: Audit): ReauditProgress | null => {
  const earlierAuditId = audit.reauditOf;
  if (earlierAuditId === undefined) return null;
  const scheduled = services.readModel.where('reaudits', 'earlierAuditId', earlierAuditId).at(0);
  const earlier = services.readModel.where('audits', 'id', earlierAuditId).at(0);
  const gradeBefore =
    scheduled?.record.gradeBefore ??
    (earlier === undefined ? null : standingOf(services, earlier.record));
  return reauditProgressOf(earlierAuditId, gradeBefore, standingOf(services, audit));
};
