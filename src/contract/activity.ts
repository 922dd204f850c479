import type { AdaptiveCard } from '../cards/card-types';

/**
 * The local Activity feed (local mode's stand-in for Teams chat), served by the bot's
 * `activityFeedRouter` at /api/activity. Added by the tab to match src/bot/activity/activity-feed.ts.
 */
export interface ActivityItem {
  /** The outbox row id: the card's address for `execute`. */
  readonly id: string;
  readonly sentAt: string;
  /** Lock-screen-safe summary: no case reference, grade or name. */
  readonly summary: string;
  readonly card: AdaptiveCard;
}

/** `GET /api/activity`: the signed-in person's cards, newest first. */
export interface ActivityResponse {
  readonly items: readonly ActivityItem[];
}

/** `POST /api/activity/:rowId/execute`: an Action.Execute from a card in the feed. */
export interface ActivityExecuteRequest {
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** The card to show in place of the one clicked: saved, already current, or an error card. */
export interface ActivityExecuteResponse {
  readonly outcome: 'applied' | 'current' | 'refused';
  readonly card: AdaptiveCard;
}

export const activityPath = {
  feed: '/api/activity',
  execute: (rowId: string) => `/api/activity/${encodeURIComponent(rowId)}/execute`,
} as const;
