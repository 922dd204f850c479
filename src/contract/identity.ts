import type { Role } from '../domain/records/staff';

export type Mode = 'local' | 'tenant';

/** `GET /api/health` (no sign-in). */
export interface HealthResponse {
  readonly status: 'ok';
  readonly mode: Mode;
  /**
   * Tenant mode: the tab's Entra app registration, for MSAL nested app authentication inside
   * Teams (added by the tab; without it the tab uses Teams SSO `getAuthToken` only).
   */
  readonly sso?: SsoSettings | null;
}

/** The tab's app registration; public values (client id, tenant, the API scope), no secret. */
export interface SsoSettings {
  readonly clientId: string;
  readonly tenantId: string;
  /** e.g. `api://<host>/<client id>/access_as_user`. */
  readonly scope: string;
}

/** `GET /api/me`. */
export interface MeResponse {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly teamName: string | null;
  readonly serviceAreaId: string | null;
  readonly serviceAreaName: string | null;
  readonly mode: Mode;
}

/** One synthetic member of staff on the local sign-in page. */
export interface LocalStaffMember {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly teamName: string | null;
  readonly serviceAreaId: string | null;
  readonly serviceAreaName: string | null;
}

/** `GET /api/local/staff` (local mode only), grouped by role in the framework's order. */
export interface LocalStaffResponse {
  readonly roles: readonly { readonly role: Role; readonly staff: readonly LocalStaffMember[] }[];
}

/** `POST /api/local/sign-in` (local mode only). */
export interface LocalSignInRequest {
  readonly staffId: string;
}

export interface LocalSignInResponse {
  /** Send as `Authorization: Bearer <token>`. */
  readonly token: string;
}
