import type { StaffMember, Team } from '../records/staff';

/** The Staff and Teams lists as the row checks match an export's words against them. */
export interface RegisterLookups {
  team(value: string): Team | undefined;
  /** The member of staff (active or not) an export's worker value names, if exactly one. */
  worker(value: string): StaffMember | undefined;
}

const key = (value: string): string => value.trim().toLowerCase();

/**
 * Teams by name or code (the team's id), and staff by work e-mail, Staff id, Entra object id or
 * — when no one else has it — display name, all ignoring case and surrounding spaces.
 */
export function registerLookups(
  teams: readonly Team[],
  staff: readonly StaffMember[],
): RegisterLookups {
  const teamsBy = new Map<string, Team>();
  for (const t of teams) for (const k of [t.id, t.name]) teamsBy.set(key(k), t);
  const staffBy = new Map<string, StaffMember>();
  const names = new Map<string, StaffMember | null>();
  for (const s of staff) {
    for (const k of [s.id, s.aadObjectId, s.email ?? '']) if (k !== '') staffBy.set(key(k), s);
    const name = key(s.displayName);
    names.set(name, names.has(name) ? null : s);
  }
  return {
    team: (value) => teamsBy.get(key(value)),
    worker: (value) => staffBy.get(key(value)) ?? names.get(key(value)) ?? undefined,
  };
}
