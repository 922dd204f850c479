import { invalid } from '../../../domain/errors';
import type { FieldIssue } from '../../../domain/errors';
import type { Caller } from '../../http/authenticate';
import { fromDomainError } from '../../http/http-error';
import type { Services } from '../../../app/services';
import { deny } from '../guard';
import { isServiceWide } from '../scope';

export { reachOf } from '../scope';

/**
 * Who may add to a register, and where: the QA lead and PSW anywhere; a head of service in
 * their service; a team manager in their team. Senior leaders read only; practitioners add
 * nothing. The service and team must exist and agree, and the date must not be in the future.
 */
export function recordingReach(
  services: Services,
  caller: Caller,
  at: { serviceAreaId: string; teamId: string | null },
  record: string,
  today: string,
  date: { readonly field: string; readonly value: string },
): void {
  const { actor } = caller;
  const refuse = (why: string) => deny(services, caller, record, why);
  const mayRecord =
    (isServiceWide(actor.role) &&
      actor.role !== 'AssistantDirector' &&
      actor.role !== 'Director') ||
    (actor.role === 'HeadOfService' && actor.serviceAreaId === at.serviceAreaId) ||
    (actor.role === 'TeamManager' && at.teamId !== null && actor.teamId === at.teamId);
  if (!mayRecord) throw refuse('You cannot record this here.');
  const issues: FieldIssue[] = [];
  if (services.directory.serviceArea(at.serviceAreaId) === undefined) {
    issues.push({ field: 'serviceAreaId', message: 'is not a service area' });
  }
  if (
    at.teamId !== null &&
    services.directory.team(at.teamId)?.serviceAreaId !== at.serviceAreaId
  ) {
    issues.push({ field: 'teamId', message: 'is not a team of that service area' });
  }
  if (date.value > today) issues.push({ field: date.field, message: 'must not be in the future' });
  if (issues.length > 0) throw fromDomainError(invalid(issues));
}
