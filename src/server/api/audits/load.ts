import { partiesOf } from '../../../domain/access/relations';
import type { Actor } from '../../../domain/records/actor';
import type { AuditDetailResponse } from '../../../contract/audits';
import type { AuditRecords } from '../../../app/audits/audit-records';
import type { Services } from '../../../app/services';
import { notFound } from '../../http/http-error';
import { actionDtos } from '../dto/action-dto';
import { auditDto, moderationDto } from '../dto/audit-dto';

/** The audit with its moderation and actions, as this actor may see them. */
export function detailResponse(
  actor: Actor,
  services: Services,
  records: AuditRecords,
): AuditDetailResponse {
  const { audit, moderation, actions } = records;
  const dto = auditDto(actor, services.directory, audit, moderation?.record ?? null);
  if (dto === null) throw notFound('Audit');
  return {
    audit: dto,
    moderation: moderationDto(actor, services.directory, audit.record, moderation),
    actions: actionDtos(actor, services.directory, actions, () => partiesOf(audit.record)),
  };
}
