import type { RequestHandler } from 'express';
import { jwtVerify } from 'jose';
import type { Logger } from '../../app/logger';
import { activityFacts, type ActivityFacts } from '../teams/activity-facts';
import { BotKeySet } from './bot-keys';

export interface BotAuthOptions {
  /** The council's tenant: activities from any other are refused. */
  readonly tenantId: string;
  /** The bot's Microsoft App ID: the token's audience. */
  readonly botAppId: string;
  /** Bot Framework OpenID metadata (its `jwks_uri` gives the signing keys). */
  readonly openIdMetadataUrl: string;
  /** The token issuer, `https://api.botframework.com` in the public cloud. */
  readonly issuer: string;
}

export const BOT_FRAMEWORK_OPENID_URL =
  'https://login.botframework.com/v1/.well-known/openidconfiguration';
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

type Rejection = { readonly status: 401 | 403; readonly reason: string };

const sameUrl = (a: string, b: string) =>
  a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

/**
 * In front of the Teams SDK's messaging route. The SDK (2.0.16) checks the signature (RS256,
 * keys from the Bot Framework metadata), the audience, expiry and issuer, and the serviceUrl
 * claim; it does not check the signing key's channel endorsement, the tenant or the sender.
 * This guard checks all of them itself, so nothing reaches a handler unless the token validates,
 * the activity comes from the council's tenant through Teams, and the sender has an Entra
 * object id. Refusals are logged with the reason only: no ids, names or message content.
 */
export function botRequestGuard(
  options: BotAuthOptions,
  logger: Logger,
  keys = new BotKeySet(options.openIdMetadataUrl),
): RequestHandler {
  const check = async (
    header: string | undefined,
    facts: ActivityFacts | null,
  ): Promise<Rejection | null> => {
    const token = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header ?? '')?.[1];
    if (token === undefined) return { status: 401, reason: 'no bearer token' };
    if (facts === null) return { status: 401, reason: 'not an activity' };
    if (facts.channelId !== 'msteams') return { status: 403, reason: 'not from Teams' };
    let claims;
    try {
      ({ payload: claims } = await jwtVerify(
        token,
        (protectedHeader) => keys.key(protectedHeader.kid, 'msteams'),
        {
          issuer: options.issuer,
          audience: options.botAppId,
          algorithms: ['RS256'],
          requiredClaims: ['exp', 'iss', 'aud'],
          clockTolerance: 300,
        },
      ));
    } catch (error) {
      return {
        status: 401,
        reason: `token rejected: ${error instanceof Error ? error.name : 'invalid'}`,
      };
    }
    const serviceUrl = claims['serviceurl'];
    if (
      typeof serviceUrl !== 'string' ||
      facts.serviceUrl === null ||
      !sameUrl(serviceUrl, facts.serviceUrl)
    ) {
      return { status: 401, reason: 'serviceUrl does not match the token' };
    }
    if (facts.tenantId !== options.tenantId) return { status: 403, reason: 'another tenant' };
    if (facts.aadObjectId === null) return { status: 403, reason: 'sender has no Entra object id' };
    return null;
  };
  return (req, res, next) => {
    const facts = activityFacts(req.body);
    check(req.header('authorization'), facts).then(
      (rejection) => {
        if (rejection === null) {
          next();
          return;
        }
        logger.warn('bot activity rejected', {
          reason: rejection.reason,
          type: facts?.type ?? null,
        });
        res
          .status(rejection.status)
          .json({ error: rejection.status === 401 ? 'unauthorized' : 'forbidden' });
      },
      (error: unknown) => {
        next(error);
      },
    );
  };
}
