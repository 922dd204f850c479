import type { AdaptiveCard } from '../../cards';
import type { ConversationReference } from '../../domain/ports';

/** What goes to Teams: the card, and lock-screen-safe words only in `summary` and `text`. */
export interface OutgoingActivity {
  readonly type: 'message';
  readonly summary: string;
  readonly text: string;
  readonly attachments: readonly [
    {
      readonly contentType: 'application/vnd.microsoft.card.adaptive';
      readonly content: AdaptiveCard;
    },
  ];
  /** Teams shows the message in the activity feed as a notification. */
  readonly channelData: { readonly notification: { readonly alert: true } };
}

/** Sends one activity to one conversation, or throws a ConnectorError. */
export interface Connector {
  send(reference: ConversationReference, activity: OutgoingActivity): Promise<{ id: string }>;
}

/** A send that failed: the HTTP status (0 when none came back) and any Retry-After. */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }

  /** 429, 5xx and network failures are worth another try; other 4xx are not. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}
