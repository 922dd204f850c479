import { buildCard, type AdaptiveCard, type CardModel, type CardProblem } from '../../cards';
import type { Services } from '../../app/services';
import type { ModelContext } from '../models/model-context';

/**
 * What a card action answers with: the card to show in place of the one clicked. `applied` —
 * the change was saved; `current` — nothing to do (already done, or just a refresh), here is
 * the card as things stand; `refused` — an error card saying why, and nothing was saved.
 */
export interface CardActionResult {
  readonly outcome: 'applied' | 'current' | 'refused';
  readonly card: AdaptiveCard;
}

export const cardResult = (outcome: 'applied' | 'current', model: CardModel): CardActionResult => ({
  outcome,
  card: buildCard(model),
});

export const refusal = (problem: CardProblem, openUrl: string | null = null): CardActionResult => ({
  outcome: 'refused',
  card: buildCard({ kind: 'error', problem, openUrl }),
});

export interface CardContext {
  readonly services: Services;
  /** Entra object id of whoever pressed the button (from the validated activity). */
  readonly oid: string;
  readonly models: ModelContext;
}

/** One card action: a button's verb, or a refresh, answered with a card. */
export type CardAction = (context: CardContext) => Promise<CardActionResult>;
