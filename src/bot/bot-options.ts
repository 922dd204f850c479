import type { Config } from '../app/config/config';
import { loadConfig } from '../app/config/config';
import type { DispatcherOptions } from './dispatch/dispatcher';
import type { Connector } from './dispatch/connector';

/** What the bot needs beyond `Services`: its settings from the config, and test seams. */
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

/** The bot's settings, as read and validated by the one config module. */
export function botOptionsFrom(config: Config): BotOptions {
  return {
    openIdMetadataUrl: config.bot.openIdMetadataUrl,
    tokenIssuer: config.bot.tokenIssuer,
    serviceUrl: config.bot.serviceUrl,
  };
}

/** Reads the bot's settings from an environment through the config module. */
export function botOptionsFromEnv(
  source: Readonly<Record<string, string | undefined>>,
): BotOptions {
  return botOptionsFrom(loadConfig(source));
}
