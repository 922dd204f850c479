import type * as AC from 'adaptivecards';
import type { AdaptiveCard } from '../card-types';

/**
 * Render a card with the `adaptivecards` library in jsdom, the way a web host (and the tab's
 * preview) would. Call only from a test file that starts with `// @vitest-environment jsdom`.
 */

let library: typeof AC | undefined;

const polyfillInnerText = (): void => {
  // jsdom has no innerText; the renderer uses it for labels and button titles.
  if ('innerText' in HTMLElement.prototype) return;
  Object.defineProperty(HTMLElement.prototype, 'innerText', {
    get(this: HTMLElement) {
      return this.textContent;
    },
    set(this: HTMLElement, value: string) {
      this.textContent = value;
    },
    configurable: true,
  });
};

export const loadAdaptiveCards = async (): Promise<typeof AC> => {
  if (library !== undefined) return library;
  polyfillInnerText();
  const loaded = await import('adaptivecards/dist/adaptivecards.js');
  library = loaded.default;
  return library;
};

export interface Rendered {
  readonly element: HTMLElement | undefined;
  /** Problems the library reported while parsing, and from validating the parsed card. */
  readonly problems: readonly string[];
  readonly buttons: readonly HTMLButtonElement[];
}

export const renderCard = async (json: AdaptiveCard): Promise<Rendered> => {
  const AdaptiveCards = await loadAdaptiveCards();
  const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
  const card = new AdaptiveCards.AdaptiveCard();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  const element = card.render();
  if (element !== undefined) document.body.appendChild(element);
  const buttons = element === undefined ? [] : [...element.querySelectorAll('button')];
  return { element, problems, buttons };
};

export const buttonTitles = (rendered: Rendered): string[] =>
  rendered.buttons.map((button) => button.textContent.trim()).filter((t) => t !== '');

/** Press a rendered button by its title (e.g. to open an Action.ShowCard), then re-read buttons. */
export const press = (rendered: Rendered, title: string): Rendered => {
  const button = rendered.buttons.find((b) => b.textContent.trim() === title);
  if (button === undefined) throw new Error(`No button titled ${title}`);
  button.click();
  const buttons =
    rendered.element === undefined ? [] : [...rendered.element.querySelectorAll('button')];
  return { ...rendered, buttons };
};
