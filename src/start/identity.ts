import type { StaffMember } from '../domain/records';
import type { Config } from '../app/config/config';
import type { Directory } from '../app/directory/directory';
import type { StaffLookup, TokenValidator } from '../server/http/authenticate';
import { LOCAL_TENANT_ID, LocalSessions } from '../server/identity/local-session';
import { tenantKeys, validateSsoToken } from '../server/identity/sso-token';

export interface Identity {
  readonly validateToken: TokenValidator;
  readonly lookupStaff: StaffLookup;
  /** Local sign-in; null whenever a tenant is configured (and so always in production). */
  readonly localSessions: LocalSessions | null;
}

/** How callers are identified in this mode: Teams SSO in a tenant, local sessions otherwise. */
export function identityFor(config: Config, directory: Directory): Identity {
  const store = config.store;
  if (store.mode === 'tenant') {
    const keys = tenantKeys(store.jwksUrl);
    return {
      validateToken: (token) =>
        validateSsoToken(token, {
          tenantId: store.tenantId,
          clientId: store.clientId,
          appIdUri: store.appIdUri,
          scope: 'access_as_user',
          keys,
        }),
      lookupStaff: staffLookup(directory, store.tenantId),
      localSessions: null,
    };
  }
  if (config.nodeEnv === 'production') {
    throw new Error('Local sign-in never runs with NODE_ENV=production.');
  }
  const sessions = new LocalSessions();
  return {
    validateToken: (token) => sessions.validate(token),
    lookupStaff: staffLookup(directory, LOCAL_TENANT_ID),
    localSessions: sessions,
  };
}

/**
 * Finds the caller on the Staff list by object id within the expected tenant, from a directory
 * never more than a minute behind the list. Someone added to the list in SharePoint since the
 * last catch-up is found after one more (at most every ten seconds).
 */
function staffLookup(directory: Directory, tenantId: string): StaffLookup {
  let lastMiss = 0;
  return async ({ oid, tid }): Promise<StaffMember | null> => {
    if (tid !== tenantId) return null;
    const known = (await directory.fresh()).staffByObjectId(oid);
    if (known !== undefined) return known;
    if (Date.now() - lastMiss < 10_000) return null;
    lastMiss = Date.now();
    await directory.refresh();
    return directory.staffByObjectId(oid) ?? null;
  };
}
