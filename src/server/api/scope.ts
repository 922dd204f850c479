import { isServiceWide } from '../../domain/records/staff';
import type { Caller } from '../http/authenticate';
import type { Services } from '../../app/services';
import { deny } from './guard';

export { isServiceWide };

export interface Reach {
  readonly serviceAreaId?: string;
  readonly teamId?: string;
}

/**
 * The service area and team a report may cover for this caller: anything for a service-wide
 * role, their own service for a head of service, their own team for a team manager. Asking for
 * more is refused (403, noted); asking for nothing gives the caller's own.
 */
export function reachOf(services: Services, caller: Caller, asked: Reach, record: string): Reach {
  const { actor } = caller;
  const refuse = (why: string) => deny(services, caller, record, why);
  const teamService = (teamId: string) => services.directory.team(teamId)?.serviceAreaId;
  if (isServiceWide(actor.role)) return asked;
  if (actor.role === 'HeadOfService' && actor.serviceAreaId !== null) {
    const own = actor.serviceAreaId;
    if (asked.serviceAreaId !== undefined && asked.serviceAreaId !== own) {
      throw refuse('A head of service sees their own service only.');
    }
    if (asked.teamId !== undefined && teamService(asked.teamId) !== own) {
      throw refuse('A head of service sees the teams of their own service only.');
    }
    return { serviceAreaId: own, teamId: asked.teamId };
  }
  if (actor.role === 'TeamManager' && actor.teamId !== null) {
    if (asked.teamId !== undefined && asked.teamId !== actor.teamId) {
      throw refuse('A team manager sees their own team only.');
    }
    if (asked.serviceAreaId !== undefined && asked.serviceAreaId !== actor.serviceAreaId) {
      throw refuse('A team manager sees their own team only.');
    }
    return { teamId: actor.teamId };
  }
  throw refuse('Dashboards and reports are for managers and the QA team.');
}
