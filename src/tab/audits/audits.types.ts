import type { AuditDetailResponse, AuditScope } from '../../contract/audits';
import type { Role } from '../../domain/records/staff';

export const SCOPE_LABELS: Record<AuditScope, string> = {
  allocatedToMe: 'Allocated to me',
  myCases: 'My cases',
  team: 'My team',
  service: 'My service',
  all: 'All',
};

export const SCOPES_BY_ROLE: Record<Role, readonly AuditScope[]> = {
  Practitioner: ['myCases'],
  TeamManager: ['allocatedToMe', 'team', 'myCases'],
  HeadOfService: ['service', 'allocatedToMe'],
  PrincipalSocialWorker: ['all', 'allocatedToMe'],
  QALead: ['all', 'allocatedToMe'],
  AssistantDirector: ['all'],
  Director: ['all'],
};

/** A write on the open audit, sent with the version the page holds. */
export type AuditWrite = (
  endpoint: import('../../contract/routes').AuditEndpoint,
  body: Readonly<Record<string, unknown>>,
) => Promise<AuditDetailResponse | undefined>;
