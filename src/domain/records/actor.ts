import type { Role } from './staff';

/** Whoever is asking: resolved on the server from a validated token and the Staff list. */
export interface Actor {
  readonly id: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly serviceAreaId: string | null;
}

/** The scheduler, acting for the service itself (reminders, escalations). */
export const SYSTEM_ACTOR_ID = 'system';
