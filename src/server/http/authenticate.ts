import type { RequestHandler, Response } from 'express';
import type { Actor, StaffMember } from '../../domain/records';
import type { TokenIdentity } from '../identity/sso-token';
import { TokenError } from '../identity/sso-token';
import type { Logger } from '../../app/logger';
import { isActiveStaff } from '../../domain/records/staff';
import { HttpError } from './http-error';

/** Validates whatever bearer token the mode accepts (Teams SSO, or a local session). */
export type TokenValidator = (token: string) => Promise<TokenIdentity>;

/** Finds the staff member behind a validated identity; the role comes from the Staff list only. */
export type StaffLookup = (identity: TokenIdentity) => Promise<StaffMember | null>;

export interface Caller {
  readonly actor: Actor;
  readonly staff: StaffMember;
  readonly oid: string;
}

/** Every /api route but sign-in and the bot runs behind this: no token, no handler. */
export function authenticate(
  validate: TokenValidator,
  lookup: StaffLookup,
  logger: Logger,
): RequestHandler {
  return async (req, res, next) => {
    const header = req.header('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (match?.[1] === undefined) {
      throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
    }
    let identity: TokenIdentity;
    try {
      identity = await validate(match[1]);
    } catch (error) {
      if (!(error instanceof TokenError)) throw error;
      logger.warn('token rejected', { path: req.path, reason: error.message });
      throw new HttpError(401, 'unauthenticated', 'Your sign-in is not valid. Sign in again.');
    }
    const staff = await lookup(identity);
    if (!isActiveStaff(staff)) {
      logger.warn('unknown or inactive staff', { path: req.path, oid: identity.oid });
      throw new HttpError(403, 'not-staff', 'You are not on the Staff list of this service.');
    }
    const caller: Caller = {
      oid: identity.oid,
      staff,
      actor: {
        id: staff.id,
        role: staff.role,
        teamId: staff.teamId,
        serviceAreaId: staff.serviceAreaId,
      },
    };
    res.locals['caller'] = caller;
    next();
  };
}

export function callerOf(res: Response): Caller {
  const caller = res.locals['caller'] as Caller | undefined;
  if (caller === undefined) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
  return caller;
}
