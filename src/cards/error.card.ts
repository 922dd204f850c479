import type { AdaptiveCard, NotificationPreview } from './card-types';
import { card, openUrl, paragraph, previewOf } from './elements';
import { formatDateTime } from './format';

/** Something a card handler could not do, and why, in words the person can act on. */
export type CardProblem =
  | {
      readonly reason: 'already-done';
      readonly outcome:
        | 'closure-approved'
        | 'closure-returned'
        | 'alert-acknowledged'
        | 'moderation-acknowledged'
        | 'action-completed';
      readonly byName: string;
      /** ISO timestamp. */
      readonly at: string;
    }
  | { readonly reason: 'changed' }
  | { readonly reason: 'forbidden' }
  | { readonly reason: 'not-found' }
  | { readonly reason: 'invalid'; readonly field: 'evidence' | 'reason' | 'proposedDate' }
  | { readonly reason: 'unavailable' };

export interface ErrorCardModel {
  readonly kind: 'error';
  readonly problem: CardProblem;
  /** Where to go to see the latest, when there is somewhere useful. */
  readonly openUrl: string | null;
}

const DONE: Record<Extract<CardProblem, { reason: 'already-done' }>['outcome'], string> = {
  'closure-approved': 'This action has already been approved for closure',
  'closure-returned': 'This action has already been returned',
  'alert-acknowledged': 'This alert has already been acknowledged',
  'moderation-acknowledged': 'This moderation feedback has already been acknowledged',
  'action-completed': 'This action has already been marked complete',
};

const FIELD: Record<Extract<CardProblem, { reason: 'invalid' }>['field'], string> = {
  evidence: 'Please say where the evidence can be found, then try again.',
  reason: 'Please give a reason for returning the action, then try again.',
  proposedDate: 'Please choose a date for the discussion, then try again.',
};

const explain = (problem: CardProblem): string => {
  switch (problem.reason) {
    case 'already-done':
      return `${DONE[problem.outcome]} by ${problem.byName} on ${formatDateTime(problem.at)}. There is nothing more to do here.`;
    case 'changed':
      return 'This has changed since the card was sent, so nothing was saved. Please open Audit Loop to see the latest, then try again.';
    case 'forbidden':
      return 'This step is for someone else to take, so nothing was saved. If you think it should be yours, please speak to the QA lead.';
    case 'not-found':
      return 'We could not find this record. It may have been removed. Please speak to the QA lead if you need it.';
    case 'invalid':
      return `Nothing was saved. ${FIELD[problem.field]}`;
    case 'unavailable':
      return 'Audit Loop could not save this just now. Nothing was lost: please try again in a few minutes.';
  }
};

export const errorPreview = (model: ErrorCardModel): NotificationPreview =>
  previewOf(
    model.problem.reason === 'already-done'
      ? 'This has already been done'
      : 'That could not be done',
  );

export const buildErrorCard = (model: ErrorCardModel): AdaptiveCard =>
  card({
    preview: errorPreview(model),
    body: [paragraph(explain(model.problem))],
    actions: model.openUrl === null ? [] : [openUrl('Open Audit Loop', model.openUrl)],
  });
