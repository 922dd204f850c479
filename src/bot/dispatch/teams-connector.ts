import { MessageActivityInput } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import { parseRetryAfter } from '../../platform/backoff';
import { ConnectorError, type Connector } from './connector';

interface HttpFailure {
  readonly response?: { readonly status?: unknown; readonly headers?: unknown };
  readonly message?: unknown;
}

const headerOf = (headers: unknown, name: string): string | null => {
  if (typeof headers !== 'object' || headers === null) return null;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
};

/** Reads the SDK's (axios) failure as a ConnectorError with its status and Retry-After. */
export function toConnectorError(error: unknown, nowMs: number): ConnectorError {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as HttpFailure;
  const status = typeof failure.response?.status === 'number' ? failure.response.status : 0;
  const retryAfter = parseRetryAfter(headerOf(failure.response?.headers, 'retry-after'), nowMs);
  const message = typeof failure.message === 'string' ? failure.message : 'send failed';
  return new ConnectorError(status, message, retryAfter);
}

/**
 * Proactive sends through the Teams SDK: `app.send(conversationId, activity)`. Needs the bot's
 * credentials (tenant mode). The SDK posts to the `serviceUrl` the App was configured with
 * (not the one stored with the reference): configure the region's Bot Connector URL.
 */
export function teamsConnector(app: App, now: () => number = Date.now): Connector {
  return {
    async send(reference, activity) {
      const message = new MessageActivityInput(activity.text, {
        summary: activity.summary,
        channelData: activity.channelData,
        attachments: activity.attachments.map((a) => ({ ...a })),
      });
      try {
        const sent = await app.send(reference.conversationId, message);
        return { id: sent.id };
      } catch (error) {
        throw toConnectorError(error, now());
      }
    },
  };
}
