/** Roles in the framework's roles and responsibilities table. */
export const ROLES = [
  'Practitioner',
  'TeamManager',
  'HeadOfService',
  'PrincipalSocialWorker',
  'QALead',
  'AssistantDirector',
  'Director',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  Practitioner: 'Practitioner',
  TeamManager: 'Team manager',
  HeadOfService: 'Head of service',
  PrincipalSocialWorker: 'Principal social worker',
  QALead: 'QA lead',
  AssistantDirector: 'Assistant director',
  Director: 'Director',
};

/** Roles that may moderate a case file audit (section 7, step 4). */
export const MODERATOR_ROLES: readonly Role[] = [
  'HeadOfService',
  'PrincipalSocialWorker',
  'QALead',
];

/** Senior leaders who read everything but change nothing. */
export const LEADER_ROLES: readonly Role[] = ['AssistantDirector', 'Director'];

/** Roles that read the whole service: the QA lead, the PSW and senior leaders. */
export const SERVICE_WIDE_ROLES: readonly Role[] = [
  'QALead',
  'PrincipalSocialWorker',
  ...LEADER_ROLES,
];
export const isServiceWide = (role: Role): boolean => SERVICE_WIDE_ROLES.includes(role);

export interface ServiceArea {
  readonly id: string;
  readonly name: string;
}

export interface Team {
  readonly id: string;
  readonly name: string;
  readonly serviceAreaId: string;
}

/** A member of staff. Identified in Entra ID by object id (oid) + tenant; never by name or e-mail. */
export interface StaffMember {
  readonly id: string;
  readonly aadObjectId: string;
  readonly displayName: string;
  readonly role: Role;
  /** Team for practitioners and team managers; null for roles above team level. */
  readonly teamId: string | null;
  /** Service area for everyone below assistant director; null for service-wide roles. */
  readonly serviceAreaId: string | null;
  readonly active: boolean;
  /**
   * Work e-mail (UPN), optional: used only to match the allocated worker of a register export,
   * never to identify who is signed in.
   */
  readonly email?: string | null;
}

/** The one check of who may act: on the Staff list, and active. */
export const isActiveStaff = (staff: StaffMember | null | undefined): staff is StaffMember =>
  staff !== null && staff !== undefined && staff.active;
