import { canView } from '../../../domain/access/can-view';
import { partiesOf } from '../../../domain/access/relations';
import type { Versioned } from '../../../domain/ports/versioned';
import type { Action } from '../../../domain/records/action';
import type { Actor } from '../../../domain/records/actor';
import type { Audit } from '../../../domain/records/audit';
import type { Moderation } from '../../../domain/records/moderation';
import type { AuditDetailResponse } from '../../../contract/audits';
import type { Caller } from '../../http/authenticate';
import { notFound } from '../../http/http-error';
import type { Services } from '../../../app/services';
import { actionDtos } from '../dto/action-dto';
import { auditDto, moderationDto } from '../dto/audit-dto';
import { deny } from '../guard';

export interface AuditRelated {
  readonly moderation: Versioned<Moderation> | null;
  readonly actions: readonly Versioned<Action>[];
}

/** The audit, or 404; 403 (noted) when the caller may not see it. */
export async function readVisibleAudit(
  services: Services,
  caller: Caller,
  id: string,
): Promise<Versioned<Audit>> {
  const audit = await services.store.repo('audits').get(id);
  if (audit === null) throw notFound('Audit');
  if (!canView(caller.actor, audit.record)) {
    throw deny(services, caller, `audit:${id}`, 'You cannot see this audit.');
  }
  return audit;
}

/** The audit's moderation and actions: two indexed queries (AuditId is indexed on both lists). */
export async function loadRelated(services: Services, auditId: string): Promise<AuditRelated> {
  const [moderations, actions] = await Promise.all([
    services.store.repo('moderations').list({ where: { auditId } }),
    services.store.repo('actions').list({ where: { auditId } }),
  ]);
  const latest = [...moderations].sort((a, b) =>
    (a.record.moderatedAt ?? '').localeCompare(b.record.moderatedAt ?? ''),
  );
  return { moderation: latest.at(-1) ?? null, actions };
}

/** The audit with its moderation and actions, as this actor may see them. */
export function detailResponse(
  actor: Actor,
  services: Services,
  audit: Versioned<Audit>,
  related: AuditRelated,
): AuditDetailResponse {
  const dto = auditDto(actor, services.directory, audit);
  if (dto === null) throw notFound('Audit');
  return {
    audit: dto,
    moderation: moderationDto(actor, services.directory, audit.record, related.moderation),
    actions: actionDtos(actor, services.directory, related.actions, () => partiesOf(audit.record)),
  };
}
