import type { FieldIssue } from '../errors';
import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';
import type { Case } from '../records/case';
import type { StaffMember, Team } from '../records/staff';
import { isActiveStaff } from '../records/staff';

/** Where a register entry (feedback, an observation of practice) sits: a service, perhaps a team. */
export interface RegisterPlace {
  readonly serviceAreaId: string;
  readonly teamId: string | null;
}

/**
 * Who may add to a register, and where: the QA lead and PSW anywhere; a head of service in
 * their service; a team manager in their own team. Senior leaders read only; practitioners add
 * nothing.
 */
export const mayRecordAt = (actor: Actor, place: RegisterPlace): boolean => {
  switch (actor.role) {
    case 'QALead':
    case 'PrincipalSocialWorker':
      return true;
    case 'HeadOfService':
      return actor.serviceAreaId !== null && actor.serviceAreaId === place.serviceAreaId;
    case 'TeamManager':
      return place.teamId !== null && actor.teamId === place.teamId;
    case 'Practitioner':
    case 'AssistantDirector':
    case 'Director':
      return false;
  }
};

/** What an entry names, as found on the lists (undefined or null: not found). */
export interface NamedRecords {
  readonly serviceAreaExists: boolean;
  readonly team?: Team | undefined;
  readonly staff?: readonly { readonly field: string; readonly member: StaffMember | undefined }[];
  readonly audit?: { readonly field: string; readonly found: Audit | null };
  readonly case?: {
    readonly field: string;
    readonly caseNumber: string;
    readonly found: Case | null;
  };
}

const inPlace = (
  place: RegisterPlace,
  at: { serviceAreaId: string | null; teamId: string | null },
) =>
  at.serviceAreaId === place.serviceAreaId && (place.teamId === null || at.teamId === place.teamId);

const where = (place: RegisterPlace): string =>
  place.teamId === null ? 'the service area of this entry' : 'the team of this entry';

/**
 * Everything an entry names must exist and sit where the entry does — its team in its service,
 * each person, audit and case in that team (or service) — so an entry can never reach past its
 * place, which the recorder's reach already bounds. Nor is the date in the future.
 */
export const registerIssues = (
  place: RegisterPlace,
  named: NamedRecords,
  date: { readonly field: string; readonly value: string },
  today: string,
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (!named.serviceAreaExists) {
    issues.push({ field: 'serviceAreaId', message: 'is not a service area' });
  }
  if (place.teamId !== null && named.team?.serviceAreaId !== place.serviceAreaId) {
    issues.push({ field: 'teamId', message: 'is not a team of that service area' });
  }
  for (const { field, member } of named.staff ?? []) {
    if (!isActiveStaff(member)) issues.push({ field, message: 'is not an active member of staff' });
    else if (!inPlace(place, member)) issues.push({ field, message: `is not in ${where(place)}` });
  }
  if (named.audit !== undefined) {
    const { field, found } = named.audit;
    if (found === null) issues.push({ field, message: 'is not an audit' });
    else if (!inPlace(place, found))
      issues.push({ field, message: `is not an audit in ${where(place)}` });
    else if (named.case !== undefined && named.case.caseNumber !== found.caseNumber) {
      issues.push({ field: named.case.field, message: 'is not the case of that audit' });
    }
  }
  if (named.case !== undefined && named.audit === undefined) {
    const { field, found } = named.case;
    if (found === null) issues.push({ field, message: 'is not a case on the register' });
    else if (!inPlace(place, found))
      issues.push({ field, message: `is not a case in ${where(place)}` });
  }
  if (date.value > today) issues.push({ field: date.field, message: 'must not be in the future' });
  return issues;
};
