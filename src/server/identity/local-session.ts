import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { TokenIdentity } from './sso-token';
import { TokenError } from './sso-token';

/** Tenant id used for synthetic staff in local mode. */
export const LOCAL_TENANT_ID = '00000000-0000-0000-0000-00000000a11d';
const ISSUER = 'audit-loop-local';

/**
 * Local mode only: the sign-in page lets you act as any synthetic staff member. Sessions are
 * short-lived HS256 tokens under a key made fresh for each process, so they never outlive it.
 * The server refuses to create this when a tenant is configured or NODE_ENV=production.
 */
export class LocalSessions {
  private readonly key = new Uint8Array(randomBytes(32));

  async issue(oid: string, ttlSeconds = 8 * 60 * 60): Promise<string> {
    return new SignJWT({ oid, tid: LOCAL_TENANT_ID })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.key);
  }

  async validate(token: string): Promise<TokenIdentity> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: ISSUER,
        algorithms: ['HS256'],
      });
      const { oid, tid } = payload;
      if (typeof oid !== 'string' || tid !== LOCAL_TENANT_ID) throw new TokenError('bad claims');
      return { oid, tid };
    } catch (error) {
      throw new TokenError(
        `session rejected: ${error instanceof Error ? error.message : 'invalid'}`,
      );
    }
  }
}
