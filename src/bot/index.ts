/**
 * The bot: Teams SDK app (card actions, conversation references), the notification outbox
 * (`Notifications.publish`) and its dispatcher, and local mode's Activity feed.
 */
export { createBot, createNotifications, type Bot, type MountedRouter } from './create-bot';
export { botOptionsFrom, botOptionsFromEnv, type BotOptions } from './bot-options';
export { runCardAction } from './actions/run-card-action';
export type { CardActionResult } from './actions/result';
export { OutboxPublisher } from './outbox/publisher';
export { Dispatcher, type DispatcherOptions, type DrainResult } from './dispatch/dispatcher';
export { ConnectorError, type Connector, type OutgoingActivity } from './dispatch/connector';
export { TEAMS_LIMITS, type RateLimits } from './dispatch/rate-limiter';
export { LocalConnector } from './dispatch/local-connector';
