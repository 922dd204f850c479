import { invalid, notFound } from '../errors';
import type { FieldIssue } from '../errors';
import type { Allocation } from '../records/audit';
import type { StaffMember } from '../records/staff';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { isActiveStaff } from '../records/staff';
import { mayAudit } from './staff-pools';

/**
 * Gives an allocated audit to another auditor, who must be an active team manager from
 * another team than the case's, and not its moderator.
 */
export const reallocate = (
  allocation: Allocation,
  newAuditorId: string,
  staff: readonly StaffMember[],
): Result<Allocation> => {
  const auditor = staff.find((s) => s.id === newAuditorId);
  if (auditor === undefined) return fail(notFound(`No staff member ${newAuditorId}.`));
  const issue = (message: string): FieldIssue => ({ field: 'auditorId', message });
  const issues: FieldIssue[] = [];
  if (newAuditorId === allocation.auditorId) {
    issues.push(issue('they are already the auditor: choose someone else'));
  }
  if (!isActiveStaff(auditor))
    issues.push(issue('they no longer work here: choose someone active'));
  if (auditor.role !== 'TeamManager') issues.push(issue('auditors are team managers: choose one'));
  if (!mayAudit(auditor, allocation.teamId)) {
    issues.push(
      issue(
        "choose a team manager from another team: an auditor never audits their own team's case",
      ),
    );
  }
  if (newAuditorId === allocation.moderatorId) {
    issues.push(issue("they moderate this audit: choose someone who doesn't"));
  }
  return issues.length > 0 ? fail(invalid(issues)) : ok({ ...allocation, auditorId: newAuditorId });
};
