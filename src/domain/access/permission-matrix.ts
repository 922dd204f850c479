import type { Role } from '../records/staff';
import type { Relation } from './relations';
import type { TransitionName } from './transitions';

/**
 * A rule over relations: 'always' (the role alone suffices, service-wide) or any one of the
 * listed relations. A role missing from a row may not make that transition.
 */
export type RelationRule = 'always' | readonly Relation[];
export type PermissionRow = Readonly<Partial<Record<Role, RelationRule>>>;

const OPERATIONAL_ROLES = [
  'Practitioner',
  'TeamManager',
  'HeadOfService',
  'PrincipalSocialWorker',
  'QALead',
] as const satisfies readonly Role[];

const forOperationalRoles = (rule: RelationRule): PermissionRow =>
  Object.fromEntries(OPERATIONAL_ROLES.map((role) => [role, rule]));

const qaLeadOnly: PermissionRow = { QALead: 'always' };
const auditorOnly = forOperationalRoles(['Auditor']);
const ownerWorkerOrTeamManager: PermissionRow = {
  ...forOperationalRoles(['ActionOwner', 'AllocatedWorker']),
  TeamManager: ['ActionOwner', 'AllocatedWorker', 'TeamManagerOfTeam'],
};

/**
 * The permission matrix, written once: role × transition → rule over relations.
 * Assistant directors and the director appear in no row: they read, and change nothing.
 */
export const PERMISSIONS: Readonly<Record<TransitionName, PermissionRow>> = {
  allocate: qaLeadOnly,
  reallocate: qaLeadOnly,
  assignModerator: qaLeadOnly,
  startAudit: auditorOnly,
  saveDraft: auditorOnly,
  addWorkerFeedback: forOperationalRoles(['AllocatedWorker']),
  addContributor: { ...auditorOnly, QALead: 'always' },
  submitAudit: auditorOnly,
  shareGrade: auditorOnly,
  moderate: {
    HeadOfService: ['Moderator'],
    PrincipalSocialWorker: ['Moderator'],
    QALead: ['Moderator'],
  },
  resolveDisagreement: {
    ...auditorOnly,
    HeadOfService: ['Auditor', 'Moderator'],
    PrincipalSocialWorker: ['Auditor', 'Moderator'],
    QALead: ['Auditor', 'Moderator'],
  },
  respondToModeration: auditorOnly,
  // The audit of audits: its moderator, or the QA lead for any audit.
  scoreAuditQuality: {
    HeadOfService: ['Moderator'],
    PrincipalSocialWorker: ['Moderator'],
    QALead: 'always',
  },
  acknowledgeAlert: { TeamManager: ['TeamManagerOfTeam'], HeadOfService: ['SameService'] },
  completeWithoutModeration: qaLeadOnly,
  closeAudit: qaLeadOnly,
  recordProgress: ownerWorkerOrTeamManager,
  markReviewedInSupervision: { TeamManager: ['TeamManagerOfTeam'] },
  completeAction: ownerWorkerOrTeamManager,
  verifyAction: qaLeadOnly,
  approveClosure: { HeadOfService: ['SameService'] },
  returnClosure: { HeadOfService: ['SameService'] },
  recordNotCompleted: qaLeadOnly,
  importRegister: qaLeadOnly,
};
