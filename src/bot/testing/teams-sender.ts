/** An SDK App that only sends proactively, to `serviceUrl` (tests and benchmarks). */
import { App } from '@microsoft/teams.apps';
import { silentLogger } from '../../app/logger';
import type { Connector } from '../dispatch/connector';
import { teamsConnector } from '../dispatch/teams-connector';
import { sdkLogger } from '../teams/sdk-logger';
import { fakeBotToken } from './fake-bot-token';

export function loopbackTeamsConnector(serviceUrl: string, clientId: string): Connector {
  const app = new App({
    clientId,
    tenantId: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
    token: fakeBotToken,
    serviceUrl,
    logger: sdkLogger(silentLogger),
  });
  return teamsConnector(app);
}
