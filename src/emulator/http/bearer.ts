import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphError } from './graph-error.js';

/** A fresh secret for one run of the emulator: 32 random bytes, base64url. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Refuses a request without `Authorization: Bearer <secret>` as Graph refuses a missing or
 * invalid token: 401 with `InvalidAuthenticationToken`
 * (https://learn.microsoft.com/en-us/graph/errors, https://learn.microsoft.com/en-us/graph/resolve-auth-errors).
 * Both sides are hashed first, so the comparison takes the same time whatever was sent.
 */
export function checkBearer(header: string | undefined, secret: string): void {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match)
    throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.', {
      'WWW-Authenticate': 'Bearer',
    });
  if (!timingSafeEqual(digest(match[1]), digest(secret)))
    throw new GraphError(
      401,
      'InvalidAuthenticationToken',
      'Access token validation failure. Invalid audience.',
      { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
    );
}
