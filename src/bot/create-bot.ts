import type { Express, Router } from 'express';
import type { App } from '@microsoft/teams.apps';
import type { Services } from '../app/services';
import { ActivityFeed } from './activity/activity-feed';
import type { BotOptions } from './bot-options';
import type { Connector } from './dispatch/connector';
import { SMALLEST_TENANT_BUDGET } from './dispatch/sharepoint-budget';
import { Dispatcher } from './dispatch/dispatcher';
import { LocalConnector } from './dispatch/local-connector';
import { localReferences, storedReferences } from './dispatch/references';
import { teamsConnector } from './dispatch/teams-connector';
import { OutboxPublisher } from './outbox/publisher';
import { createTeamsApp } from './teams/teams-app';

/** A router for `createApp(services, { extraRouters })`. */
export interface MountedRouter {
  readonly path: string;
  readonly router: Router | Express;
  readonly authenticated: boolean;
}

export interface Bot {
  /** Mount all of these: the messaging endpoint. */
  readonly routers: readonly MountedRouter[];
  /** Local mode: the Activity feed, local stand-in for Teams chat (null in a tenant). */
  readonly activity: ActivityFeed | null;
  readonly dispatcher: Dispatcher;
  readonly connector: Connector;
  readonly app: App;
  /** Starts sending the outbox in the background. */
  start(): void;
  /** Stops sending: sends on the wire finish and are marked; claimed rows are handed back. */
  stop(): Promise<void>;
}

/** `Services.notifications`: the outbox. Build it before the bot, with the same store. */
export function createNotifications(
  services: Pick<Services, 'store' | 'directory' | 'clock' | 'logger' | 'tabUrl'>,
): OutboxPublisher {
  return new OutboxPublisher(services);
}

/**
 * The bot: the Teams SDK app on an Express app of its own (mount it at `/api/messages`), the
 * outbox dispatcher, and in local mode the Activity feed.
 */
export async function createBot(services: Services, options: BotOptions): Promise<Bot> {
  const local = services.config.store.mode === 'local';
  const { app, http } = await createTeamsApp(services, options);
  const connector = options.connector ?? (local ? new LocalConnector() : teamsConnector(app));
  const references = local
    ? localReferences(services.directory)
    : storedReferences(services.readModel, services.directory);
  const dispatcher = new Dispatcher({
    logger: services.logger,
    budget: {
      ...SMALLEST_TENANT_BUDGET,
      resourceUnitsPerMinute: services.config.sharePointResourceUnitsPerMinute,
    },
    ...options.dispatcher,
    store: services.store,
    connector,
    references,
  });
  if (services.notifications instanceof OutboxPublisher) {
    services.notifications.whenQueued(() => {
      dispatcher.kick();
    });
  }
  const routers: MountedRouter[] = [{ path: '/api/messages', router: http, authenticated: false }];
  return {
    routers,
    activity: local ? new ActivityFeed(services) : null,
    dispatcher,
    connector,
    app,
    start: () => {
      dispatcher.start();
    },
    stop: () => dispatcher.stop(),
  };
}
