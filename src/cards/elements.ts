import {
  CARD_SCHEMA,
  CARD_VERSION,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type ExecuteAction,
  type ExecuteData,
  type Fact,
  type FactSet,
  type NotificationPreview,
  type OpenUrlAction,
  type Refresh,
  type TextBlock,
} from './card-types';
import { escapeMarkdown } from './markdown';

/**
 * Small element builders shared by the cards, so every TextBlock wraps, every text is
 * markdown-escaped and every card agrees.
 */

export const heading = (text: string): TextBlock => ({
  type: 'TextBlock',
  text: escapeMarkdown(text),
  wrap: true,
  style: 'heading',
  size: 'medium',
  weight: 'bolder',
});

export const paragraph = (
  text: string,
  options: Omit<Partial<TextBlock>, 'type' | 'text' | 'wrap'> = {},
): TextBlock => ({ type: 'TextBlock', text: escapeMarkdown(text), wrap: true, ...options });

export const facts = (...pairs: readonly Fact[]): FactSet => ({ type: 'FactSet', facts: pairs });

export const fact = (title: string, value: string): Fact => ({
  title: escapeMarkdown(title),
  value: escapeMarkdown(value),
});

export const openUrl = (title: string, url: string): OpenUrlAction => ({
  type: 'Action.OpenUrl',
  title,
  url,
});

export const execute = (
  title: string,
  verb: string,
  data: ExecuteData,
  style?: ExecuteAction['style'],
): ExecuteAction =>
  style === undefined
    ? { type: 'Action.Execute', title, verb, data }
    : { type: 'Action.Execute', title, verb, data, style };

/** Teams refreshes a card automatically for at most 60 listed users. */
export const MAX_REFRESH_USERS = 60;

/**
 * A Universal Actions refresh: Teams asks the bot for the card again, as each listed user (Teams
 * user MRIs) views it, so the card can show what only they may see.
 */
export const refreshFor = (
  verb: string,
  data: ExecuteData,
  userIds: readonly string[],
): Refresh => ({
  action: execute('Refresh', verb, data),
  userIds: userIds.slice(0, MAX_REFRESH_USERS),
});

interface CardParts {
  readonly preview: NotificationPreview;
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardAction[];
  readonly refresh?: Refresh;
}

/**
 * Assemble a card. The lock-screen fields come only from the preview, and the first TextBlock
 * is always the preview's summary, so no builder can put a case number, a grade or a name there.
 */
export const card = ({ preview, body, actions, refresh }: CardParts): AdaptiveCard => ({
  $schema: CARD_SCHEMA,
  type: 'AdaptiveCard',
  version: CARD_VERSION,
  fallbackText: preview.text,
  speak: preview.summary,
  body: [heading(preview.summary), ...body],
  ...(actions !== undefined && actions.length > 0 ? { actions } : {}),
  ...(refresh !== undefined ? { refresh } : {}),
  msteams: { width: 'Full' },
});

/** A preview whose text adds the one generic instruction every notification shares. */
export const previewOf = (summary: string): NotificationPreview => ({
  summary,
  text: `${summary}. Open Audit Loop in Teams to see the details.`,
});
