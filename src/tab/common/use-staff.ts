import type { StaffPickerEntry } from '../../contract/organisation';
import type { Role } from '../../domain/records/staff';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';

/** Active staff for pickers, optionally of some roles only. */
export function useStaff(roles: readonly Role[] = []) {
  const { api } = useSession();
  const staff = useResource(() => api.staff(), 'staff');
  const all: readonly StaffPickerEntry[] = staff.status === 'ready' ? staff.data.items : [];
  const items = roles.length === 0 ? all : all.filter((s) => roles.includes(s.role));
  return { staff, items };
}
