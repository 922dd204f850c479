import type { AdaptiveCard as CardJson } from '../../cards/card-types';
import { HOST_CONFIG } from './host-config';

export interface CardHandlers {
  /** An Action.Execute: its verb and data (the card's inputs merged in). */
  readonly onExecute: (verb: string, data: Readonly<Record<string, unknown>>) => void;
  /** An Action.OpenUrl: a deep link into the tab (`…#/audits/ID`) or elsewhere. */
  readonly onOpenUrl: (url: string) => void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Renders a card with the `adaptivecards` library, loaded on first use as its own chunk, into
 * `host` (replacing what was there). Show-card actions are handled by the library itself.
 */
export async function renderCard(
  host: HTMLElement,
  json: CardJson,
  handlers: CardHandlers,
): Promise<void> {
  const AC = await import('adaptivecards');
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(HOST_CONFIG);
  card.onExecuteAction = (action) => {
    if (action instanceof AC.ExecuteAction) {
      const data: unknown = action.data;
      handlers.onExecute(action.verb, isRecord(data) ? data : {});
    } else if (action instanceof AC.OpenUrlAction && action.url !== undefined) {
      handlers.onOpenUrl(action.url);
    }
  };
  card.parse(json);
  const element = card.render();
  // The renderer marks heading TextBlocks role="heading" without a level; cards sit under the
  // page's h1 and each item's summary, so their headings are level 3.
  element?.querySelectorAll('[role="heading"]:not([aria-level])').forEach((heading) => {
    heading.setAttribute('aria-level', '3');
  });
  host.replaceChildren(...(element === undefined ? [] : [element]));
}
