import type { LocalStaffMember } from '../../contract/identity';
import type { Role } from '../../domain/records/staff';
import type { Endpoints } from '../api/endpoints';
import type { ThemeChoice } from '../theme/use-theme-choice';

export interface SignInPageProps {
  readonly api: Endpoints;
  readonly theme: ThemeChoice;
  readonly onSignedIn: (token: string, api: Endpoints) => Promise<void>;
}

/** Staff of one role, in groups by service and team. */
export interface RoleGroup {
  readonly role: Role;
  readonly label: string;
  readonly groups: readonly {
    readonly label: string;
    readonly staff: readonly LocalStaffMember[];
  }[];
}
