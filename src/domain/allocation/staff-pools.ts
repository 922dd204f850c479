import type { Case } from '../records/case';
import type { StaffMember } from '../records/staff';
import { isActiveStaff } from '../records/staff';
import { MODERATOR_ROLES } from '../records/staff';

const byId = (a: StaffMember, b: StaffMember): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Auditors are active team managers (section 6: case file audit, team manager, 6 weekly). */
export const activeAuditors = (staff: readonly StaffMember[]): StaffMember[] =>
  staff.filter((s) => isActiveStaff(s) && s.role === 'TeamManager').sort(byId);

/** Moderators are active heads of service, the principal social worker and the QA lead. */
export const activeModerators = (staff: readonly StaffMember[]): StaffMember[] =>
  staff.filter((s) => isActiveStaff(s) && MODERATOR_ROLES.includes(s.role)).sort(byId);

/** An auditor never audits a case of their own team. */
export const mayAudit = (auditor: Pick<StaffMember, 'teamId'>, teamId: string): boolean =>
  auditor.teamId !== teamId;

/**
 * The allocated team manager recorded on the tracker: the case team's active team manager
 * (the first by id when a team has two); '' while the team has none.
 */
export const teamManagerOf = (staff: readonly StaffMember[], c: Case): string =>
  activeAuditors(staff).find((s) => s.teamId === c.teamId)?.id ?? '';
