import type {
  AdaptiveCard,
  CardAction,
  CardElement,
  CardInput,
  ExecuteAction,
  ShownCard,
  TextBlock,
} from '../card-types';

/** Walk a card's elements and actions, including cards revealed by Action.ShowCard. */

const elementsOf = (elements: readonly CardElement[]): CardElement[] =>
  elements.flatMap((element) =>
    element.type === 'Container' ? [element, ...elementsOf(element.items)] : [element],
  );

const nestedCards = (card: AdaptiveCard | ShownCard): ShownCard[] =>
  (card.actions ?? []).flatMap((action) =>
    action.type === 'Action.ShowCard' ? [action.card, ...nestedCards(action.card)] : [],
  );

export const allElements = (card: AdaptiveCard): CardElement[] =>
  [card, ...nestedCards(card)].flatMap((c) => elementsOf(c.body));

export const allActions = (card: AdaptiveCard): CardAction[] => [
  ...(card.actions ?? []),
  ...nestedCards(card).flatMap((c) => c.actions),
];

export const allInputs = (card: AdaptiveCard): CardInput[] =>
  allElements(card).filter(
    (element): element is CardInput =>
      element.type === 'Input.Text' || element.type === 'Input.Date',
  );

export const executeActions = (card: AdaptiveCard): ExecuteAction[] => [
  ...allActions(card).filter((a): a is ExecuteAction => a.type === 'Action.Execute'),
  ...(card.refresh === undefined ? [] : [card.refresh.action]),
];

export const topLevelTitles = (card: AdaptiveCard): string[] =>
  (card.actions ?? []).map((action) => action.title);

/** The first TextBlock in reading order, looking inside containers (from raw JSON). */
export const firstTextBlock = (elements: readonly unknown[]): TextBlock | undefined => {
  for (const element of elements) {
    if (typeof element !== 'object' || element === null) continue;
    const record = element as Record<string, unknown>;
    if (record.type === 'TextBlock') return element as TextBlock;
    for (const key of ['items', 'columns', 'cells', 'rows'] as const) {
      const children = record[key];
      if (Array.isArray(children)) {
        const found = firstTextBlock(children);
        if (found !== undefined) return found;
      }
    }
  }
  return undefined;
};

export const allText = (card: AdaptiveCard): string => JSON.stringify(card);
