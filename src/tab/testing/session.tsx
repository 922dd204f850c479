import type { ReactNode } from 'react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import type { MeResponse } from '../../contract/identity';
import type { Endpoints } from '../api/endpoints';
import { createEndpoints } from '../api/endpoints';
import { SessionContext } from '../app/session-context';

/** An API whose every endpoint fails unless the test gives it. */
export const fakeApi = (given: Partial<Endpoints>): Endpoints => {
  const refuse = (path: string) => Promise.reject(new Error(`unexpected call: ${path}`));
  const unexpected = createEndpoints({
    get: refuse,
    post: refuse,
    put: refuse,
    upload: refuse,
    download: refuse,
  });
  return { ...unexpected, ...given };
};

export const aMe = (overrides: Partial<MeResponse> = {}): MeResponse => ({
  id: 'staff-tm-auditor',
  displayName: 'Test Auditor',
  role: 'TeamManager',
  teamId: 'team-n1',
  teamName: 'North 1',
  serviceAreaId: 'svc-north',
  serviceAreaName: 'North',
  mode: 'local',
  ...overrides,
});

/** A wrapper for renderHook/render: Fluent, and a signed-in session with the given API. */
export const sessionWrapper =
  (api: Endpoints, me: MeResponse = aMe()) =>
  ({ children }: { readonly children: ReactNode }) => (
    <FluentProvider theme={teamsLightTheme}>
      <SessionContext.Provider value={{ me, api, signOut: null }}>
        {children}
      </SessionContext.Provider>
    </FluentProvider>
  );
