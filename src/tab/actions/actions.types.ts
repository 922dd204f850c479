import type { ActionScope } from '../../contract/actions';
import type { Role } from '../../domain/records/staff';

export const ACTION_SCOPE_LABELS: Record<ActionScope, string> = {
  mine: 'My actions',
  team: "My team's actions",
  service: "My service's actions",
  all: 'All actions (tracker)',
};

export const ACTION_SCOPES_BY_ROLE: Record<Role, readonly ActionScope[]> = {
  Practitioner: ['mine'],
  TeamManager: ['team', 'mine'],
  HeadOfService: ['service', 'mine'],
  PrincipalSocialWorker: ['all'],
  QALead: ['all'],
  AssistantDirector: ['all'],
  Director: ['all'],
};
