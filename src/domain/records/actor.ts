import type { Role, StaffMember } from './staff';

/** Whoever is asking: resolved on the server from a validated token and the Staff list. */
export interface Actor {
  readonly id: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly serviceAreaId: string | null;
}

/** The scheduler, acting for the service itself (reminders, escalations). */
export const SYSTEM_ACTOR_ID = 'system';

/** The actor a member of staff acts as: their role, team and service from the Staff list. */
export const actorOf = (staff: StaffMember): Actor => ({
  id: staff.id,
  role: staff.role,
  teamId: staff.teamId,
  serviceAreaId: staff.serviceAreaId,
});

/** The service itself, moving records on after a person's step (closing an audit). */
export const SYSTEM_ACTOR: Actor = {
  id: SYSTEM_ACTOR_ID,
  role: 'QALead',
  teamId: null,
  serviceAreaId: null,
};
