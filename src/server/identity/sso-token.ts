import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

/** Who a validated token says the caller is: Entra object id + tenant id, never name or e-mail. */
export interface TokenIdentity {
  readonly oid: string;
  readonly tid: string;
}

export interface SsoValidationOptions {
  readonly tenantId: string;
  readonly clientId: string;
  readonly appIdUri: string;
  /** Scope the tab's token must carry (Teams SSO exposes `access_as_user`). */
  readonly scope: string;
  readonly keys: JWTVerifyGetKey;
}

export class TokenError extends Error {
  override readonly name = 'TokenError';
}

export const tenantKeys = (jwksUrl: string): JWTVerifyGetKey =>
  createRemoteJWKSet(new URL(jwksUrl));

/**
 * Validates a Teams SSO (Entra ID) access token: signature against the tenant's keys, issuer
 * (v1 or v2 endpoint of the council's tenant only), audience (the app's client id or App ID
 * URI), expiry and not-before (jose), tenant id and scope. Anything else is a TokenError.
 */
export async function validateSsoToken(
  token: string,
  options: SsoValidationOptions,
): Promise<TokenIdentity> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, options.keys, {
      issuer: [
        `https://login.microsoftonline.com/${options.tenantId}/v2.0`,
        `https://sts.windows.net/${options.tenantId}/`,
      ],
      audience: [options.clientId, options.appIdUri],
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'iss', 'aud'],
      clockTolerance: 60,
    }));
  } catch (error) {
    throw new TokenError(`token rejected: ${error instanceof Error ? error.message : 'invalid'}`);
  }
  const tid = stringClaim(payload, 'tid');
  const oid = stringClaim(payload, 'oid');
  if (tid !== options.tenantId) throw new TokenError('token rejected: wrong tenant');
  const scopes = stringClaim(payload, 'scp').split(' ');
  if (!scopes.includes(options.scope)) throw new TokenError('token rejected: missing scope');
  return { oid, tid };
}

function stringClaim(payload: JWTPayload, name: string): string {
  const value = payload[name];
  if (typeof value !== 'string' || value === '') {
    throw new TokenError(`token rejected: missing claim ${name}`);
  }
  return value;
}
