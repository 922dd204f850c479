import { z } from 'zod';
import type { DispatcherOptions } from './dispatch/dispatcher';
import type { Connector } from './dispatch/connector';
import { BOT_FRAMEWORK_ISSUER, BOT_FRAMEWORK_OPENID_URL } from './auth/bot-request-guard';

/** Settings of the bot beyond src/server/config (see README: config names). */
export interface BotOptions {
  /** Bot Framework OpenID metadata (tests serve their own keys on loopback). */
  readonly openIdMetadataUrl: string;
  readonly tokenIssuer: string;
  /** Bot Connector base URL for proactive sends (the SDK's `serviceUrl`). */
  readonly serviceUrl: string;
  /** Replaces the Teams or local connector (tests, benchmarks). */
  readonly connector?: Connector;
  /** Replaces the client-secret token fetch for proactive sends (tests). */
  readonly botToken?: () => Promise<string>;
  readonly dispatcher?: Partial<Omit<DispatcherOptions, 'store' | 'connector' | 'references'>>;
}

const env = z.looseObject({
  AUDITLOOP_BOT_OPENID_URL: z.url().default(BOT_FRAMEWORK_OPENID_URL),
  AUDITLOOP_BOT_TOKEN_ISSUER: z.url().default(BOT_FRAMEWORK_ISSUER),
  AUDITLOOP_BOT_SERVICE_URL: z.url().default('https://smba.trafficmanager.net/uk/'),
});

/** Reads the bot's settings; a malformed one fails with its name. */
export function botOptionsFromEnv(
  source: Readonly<Record<string, string | undefined>>,
): BotOptions {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid bot configuration — ${names.join('; ')}`);
  }
  return {
    openIdMetadataUrl: parsed.data.AUDITLOOP_BOT_OPENID_URL,
    tokenIssuer: parsed.data.AUDITLOOP_BOT_TOKEN_ISSUER,
    serviceUrl: parsed.data.AUDITLOOP_BOT_SERVICE_URL,
  };
}
