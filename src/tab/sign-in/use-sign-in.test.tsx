// @vitest-environment jsdom
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import type { LocalStaffResponse } from '../../contract/identity';
import { fakeApi } from '../testing/session';
import SignInPage from './SignInPage';
import { groupStaff } from './use-sign-in';

const staff: LocalStaffResponse = {
  roles: [
    {
      role: 'Practitioner',
      staff: [
        {
          id: 'p1',
          displayName: 'Priya Shah',
          role: 'Practitioner',
          teamId: 't1',
          teamName: 'North 1',
          serviceAreaId: 's1',
          serviceAreaName: 'North',
        },
        {
          id: 'p2',
          displayName: 'Sam Lee',
          role: 'Practitioner',
          teamId: 't2',
          teamName: 'South 1',
          serviceAreaId: 's2',
          serviceAreaName: 'South',
        },
      ],
    },
    {
      role: 'QALead',
      staff: [
        {
          id: 'q1',
          displayName: 'Louise Q',
          role: 'QALead',
          teamId: null,
          teamName: null,
          serviceAreaId: null,
          serviceAreaName: null,
        },
      ],
    },
  ],
};

const theme = { name: 'light' as const, theme: teamsLightTheme, choose: null };

afterEach(cleanup);

describe('the local sign-in page', () => {
  it('groups staff by role, then by service and team', () => {
    const groups = groupStaff(staff, '');
    expect(groups.map((g) => g.label)).toEqual(['Practitioner', 'QA lead']);
    expect(groups[0]?.groups.map((g) => g.label)).toEqual(['North · North 1', 'South · South 1']);
    expect(groups[1]?.groups[0]?.label).toBe('Service-wide');
  });

  it('filters by name or place', () => {
    expect(
      groupStaff(staff, 'south').flatMap((g) => g.groups.flatMap((x) => x.staff.map((s) => s.id))),
    ).toEqual(['p2']);
  });

  it('signs in as the chosen person', async () => {
    const localSignIn = vi.fn(() => Promise.resolve({ token: 'tok' }));
    const onSignedIn = vi.fn(() => Promise.resolve());
    const api = fakeApi({ localStaff: () => Promise.resolve(staff), localSignIn });
    render(
      <FluentProvider theme={teamsLightTheme}>
        <SignInPage api={api} theme={theme} onSignedIn={onSignedIn} />
      </FluentProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'QA lead' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Priya Shah' }));
    await waitFor(() => {
      expect(onSignedIn).toHaveBeenCalledWith('tok', api);
    });
    expect(localSignIn).toHaveBeenCalledWith({ staffId: 'p1' });
  });
});
