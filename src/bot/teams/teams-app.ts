import {
  PUBLIC,
  withOverrides,
  type IAdaptiveCardActionInvokeActivity,
} from '@microsoft/teams.api';
import { App, ExpressAdapter } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import express, { type Express } from 'express';
import type { Services } from '../../app/services';
import { runCardAction } from '../actions/run-card-action';
import { botRequestGuard } from '../auth/bot-request-guard';
import { localRequestGuard } from '../auth/local-request-guard';
import type { BotOptions } from '../bot-options';
import { activityFacts } from './activity-facts';
import { ConversationStore } from './conversation-store';
import { sdkLogger } from './sdk-logger';

export interface TeamsApp {
  readonly app: App;
  /** Express app with the messaging endpoint at its root: mount at `/api/messages`. */
  readonly http: Express;
}

const WELCOME =
  'Audit Loop will send you cards here when there is something for you to do. Open the Audit Loop tab to see your audits and actions.';

async function onCardAction(services: Services, activity: IAdaptiveCardActionInvokeActivity) {
  const oid = activity.from.aadObjectId;
  const action = activity.value.action as { verb?: unknown; data?: unknown };
  const result = await runCardAction(services, oid ?? '', action.verb, action.data);
  return {
    statusCode: 200 as const,
    type: 'application/vnd.microsoft.card.adaptive' as const,
    value: result.card as unknown as IAdaptiveCard,
  };
}

/**
 * The Teams SDK app on our own Express app (never `app.start`, which listens on every
 * interface). Tenant mode: the guard validates every request before the SDK sees it, and the
 * SDK validates the token again. Local mode: unauthenticated requests are allowed, explicitly.
 */
export async function createTeamsApp(services: Services, options: BotOptions): Promise<TeamsApp> {
  const { config, logger } = services;
  const http = express();
  http.disable('x-powered-by');
  http.use(express.json({ limit: '256kb' }));
  const tenant = config.store.mode === 'tenant' ? config.store : null;
  if (tenant !== null) {
    const auth = {
      tenantId: tenant.tenantId,
      botAppId: tenant.clientId,
      openIdMetadataUrl: options.openIdMetadataUrl,
      issuer: options.tokenIssuer,
    };
    http.use(botRequestGuard(auth, logger));
  } else {
    http.use(localRequestGuard(logger));
  }
  const app = new App({
    httpServerAdapter: new ExpressAdapter(http, { logger: sdkLogger(logger) }),
    messagingEndpoint: '/',
    logger: sdkLogger(logger),
    dangerouslyAllowUnauthenticatedRequests: tenant === null,
    serviceUrl: options.serviceUrl,
    cloud: withOverrides(PUBLIC, {
      openIdMetadataUrl: options.openIdMetadataUrl,
      tokenIssuer: options.tokenIssuer,
    }),
    ...(tenant === null
      ? {}
      : {
          clientId: tenant.clientId,
          tenantId: tenant.tenantId,
          ...(options.botToken === undefined
            ? { clientSecret: tenant.clientSecret }
            : { token: options.botToken }),
        }),
  });
  const conversations = new ConversationStore(services.store, logger);
  app.use(async (ctx) => {
    const facts = activityFacts(ctx.activity);
    if (facts !== null) await conversations.remember(facts, services.clock.now());
    return ctx.next();
  });
  app.on('message', async (ctx) => {
    await ctx.send(WELCOME);
  });
  app.on('card.action', ({ activity }) => onCardAction(services, activity));
  await app.initialize();
  return { app, http };
}
