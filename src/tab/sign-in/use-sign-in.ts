import { useMemo, useState } from 'react';
import type { LocalStaffMember, LocalStaffResponse } from '../../contract/identity';
import { ROLE_LABELS } from '../../domain/records/staff';
import type { Endpoints } from '../api/endpoints';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import type { RoleGroup } from './sign-in.types';

const placeOf = (s: LocalStaffMember): string =>
  [s.serviceAreaName ?? 'Service-wide', s.teamName].filter((p) => p !== null).join(' · ');

/** Groups staff by role (the server's order), then by service and team, filtered by name. */
export const groupStaff = (response: LocalStaffResponse, filter: string): RoleGroup[] => {
  const needle = filter.trim().toLowerCase();
  return response.roles
    .map(({ role, staff }) => {
      const matching = staff.filter(
        (s) =>
          needle === '' ||
          s.displayName.toLowerCase().includes(needle) ||
          placeOf(s).toLowerCase().includes(needle),
      );
      const byPlace = new Map<string, LocalStaffMember[]>();
      for (const s of matching) byPlace.set(placeOf(s), [...(byPlace.get(placeOf(s)) ?? []), s]);
      const groups = [...byPlace.entries()]
        .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
        .map(([label, members]) => ({ label, staff: members }));
      return { role, label: ROLE_LABELS[role], groups };
    })
    .filter((group) => group.groups.length > 0);
};

/** The local sign-in page's logic: the synthetic staff, a filter, and signing in as one. */
export function useSignIn(
  api: Endpoints,
  onSignedIn: (token: string, api: Endpoints) => Promise<void>,
) {
  const staff = useResource(() => api.localStaff(), 'local-staff');
  const [filter, setFilter] = useState('');
  const signIn = useCommand(async (staffId: string) => {
    const { token } = await api.localSignIn({ staffId });
    await onSignedIn(token, api);
  });
  const groups = useMemo(
    () => (staff.status === 'ready' ? groupStaff(staff.data, filter) : []),
    [staff, filter],
  );
  return { staff, filter, setFilter, groups, signIn };
}
